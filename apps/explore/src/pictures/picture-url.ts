/**
 * Where explore serves its drawings. Other teams' pages show them inside explore's fragments, so
 * the URLs live in explore's namespace, which the edge routes to explore on every page.
 */
import { namespace } from '@tractor/contracts';
import type { SceneName } from './scenes';

const base = `${namespace('explore')}/images`;

export const pictureUrl = {
  tractor: (sku: string) => `${base}/tractor/${encodeURIComponent(sku)}.svg`,
  store: (id: string) => `${base}/store/${encodeURIComponent(id)}.svg`,
  scene: (name: SceneName) => `${base}/scene/${name}.svg`,
};
