/**
 * Makes a context stop answering, as a crashed or overloaded service would, by pausing its
 * process group (SIGSTOP): connections are accepted but nothing comes back. Call the returned
 * function to resume it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ContextName } from '@tractor/contracts';
import { suiteDataDir } from './shop-config';

export function pause(context: ContextName, offset: number): () => void {
  const pid = Number(readFileSync(join(suiteDataDir(offset), `${context}.pid`), 'utf8'));
  if (!Number.isInteger(pid) || pid <= 0) throw new Error(`no process recorded for ${context}`);
  process.kill(-pid, 'SIGSTOP');
  return () => process.kill(-pid, 'SIGCONT');
}
