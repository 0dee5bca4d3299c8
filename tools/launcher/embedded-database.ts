/**
 * One embedded PostgreSQL (PGlite behind the wire protocol) for one context, in its own process so
 * each database gets its own thread. Prints `ready <url>` once it accepts connections and closes
 * the database cleanly on SIGTERM or SIGINT.
 */
import { startEmbeddedDatabase } from '@tractor/db-runtime';

const [dataDir, portText] = process.argv.slice(2);
const port = Number(portText);
if (!dataDir || !Number.isInteger(port)) {
  console.error('usage: embedded-database <data-dir> <port>');
  process.exit(2);
}

const database = await startEmbeddedDatabase({ dataDir, port });
console.log(`ready ${database.url}`);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    database.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('database did not close cleanly', error);
        process.exit(1);
      },
    );
  });
}
