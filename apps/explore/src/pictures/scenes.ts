/** The landscape pictures of explore's pages, by name: the home page hero, the category teasers, the 404. */
import { autonomousAlt, autonomousScene } from './autonomous-scene';
import { classicAlt, classicScene, teaserSize } from './classic-scene';
import { heroAlt, heroScene, heroSize } from './hero-scene';
import { lostAlt, lostScene, lostSize } from './lost-scene';

export interface Scene {
  readonly width: number;
  readonly height: number;
  readonly alt: string;
  readonly draw: () => string;
}

export const scenes = {
  hero: { ...heroSize, alt: heroAlt, draw: heroScene },
  classic: { ...teaserSize, alt: classicAlt, draw: classicScene },
  autonomous: { ...teaserSize, alt: autonomousAlt, draw: autonomousScene },
  lost: { ...lostSize, alt: lostAlt, draw: lostScene },
} as const satisfies Record<string, Scene>;

export type SceneName = keyof typeof scenes;

export function isSceneName(name: string): name is SceneName {
  return Object.hasOwn(scenes, name);
}
