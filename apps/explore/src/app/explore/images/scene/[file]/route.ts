import { isSceneName, scenes } from '@/pictures/scenes';
import { svgDocument } from '@/pictures/svg-document';
import { pictureNotFound, svgResponse } from '@/pictures/svg-response';

/** `/explore/images/scene/<name>.svg`: the home page hero and the category teasers. */
export async function GET(_req: Request, { params }: { params: Promise<{ file: string }> }) {
  const name = /^([a-z]+)\.svg$/.exec((await params).file)?.[1];
  if (!name || !isSceneName(name)) return pictureNotFound('that scene');
  const scene = scenes[name];
  return svgResponse(svgDocument({ width: scene.width, height: scene.height, title: scene.alt, body: scene.draw() }));
}
