/** Starts the local edge router: `PORT=3000 [SHOP_ORIGIN=https://…] tsx libs/platform/edge-router/src/main.ts`. */
import { edge } from '@tractor/contracts';
import { createEdgeRouter } from './create-edge-router';

function portFromEnv(value: string | undefined): number {
  if (value === undefined || value === '') return edge.port;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`PORT must be a TCP port, got "${value}"`);
  return port;
}

const router = createEdgeRouter({ publicOrigin: process.env.SHOP_ORIGIN || undefined, log: (line) => console.log(line) });
const { port } = await router.listen(portFromEnv(process.env.PORT));
console.log(`edge router listening on http://localhost:${port}`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  // once: a second Ctrl-C falls through to node's default and exits immediately.
  process.once(signal, () => {
    router.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('edge router did not close cleanly', error);
        process.exit(1);
      },
    );
  });
}
