import { unavailableWhenDatabaseDown } from '@tractor/bff';
import { storeScene, storeSize } from '@/pictures/store-scenes';
import { svgDocument } from '@/pictures/svg-document';
import { pictureNotFound, svgResponse } from '@/pictures/svg-response';
import { isNotFound } from '@/server/domain/is-not-found';
import { callerFor } from '@/server/caller';

/** `/explore/images/store/<id>.svg`: the store's building with its name on the sign. */
async function get(req: Request, { params }: { params: Promise<{ file: string }> }) {
  const id = /^([a-z0-9-]{1,40})\.svg$/.exec((await params).file)?.[1];
  if (!id) return pictureNotFound('that: ask for /explore/images/store/<store id>.svg');
  try {
    const store = await (await callerFor(req)).stores.byId({ id });
    const scene = storeScene(store.position);
    return svgResponse(svgDocument({ ...storeSize, title: scene.describe(store.name), body: scene.draw(store.name) }));
  } catch (error) {
    if (isNotFound(error)) return pictureNotFound(`store ${id}`);
    throw error;
  }
}

export const GET = unavailableWhenDatabaseDown({ context: 'explore' }, get);
