import { contexts, contextNames, type ContextName } from './routes';

/** True when `pathname` lies under `mount`, on a segment boundary (`/checkoutx` is not `/checkout`). */
export function isUnder(pathname: string, mount: string): boolean {
  if (mount === '/') return pathname.startsWith('/');
  return pathname === mount || pathname.startsWith(`${mount}/`);
}

/** Mounts ordered longest first, so the first hit is the longest matching prefix. */
const byLength = [...contextNames].sort((a, b) => contexts[b].mount.length - contexts[a].mount.length);

/** The context that owns `pathname`: the longest mount it lies under. */
export function matchContext(pathname: string): ContextName {
  for (const name of byLength) {
    if (isUnder(pathname, contexts[name].mount)) return name;
  }
  return rootContext();
}

/** The one context mounted at `/`, which serves every path no other context claims. */
export function rootContext(): ContextName {
  const roots = contextNames.filter((name) => contexts[name].mount === '/');
  const [root] = roots;
  if (roots.length !== 1 || !root) throw new Error(`route manifest needs exactly one root context, found ${roots.length}`);
  return root;
}
