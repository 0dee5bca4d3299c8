/**
 * Makes a context stop answering, as a crashed or overloaded service would, by pausing its
 * process group (SIGSTOP): connections are accepted but nothing comes back. `resume` undoes it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ContextName } from '@tractor/contracts';

const dataDir = join(import.meta.dirname, '..', '..', '..', '.tmp', 'e2e');

function pid(context: ContextName): number {
  const value = Number(readFileSync(join(dataDir, `${context}.pid`), 'utf8'));
  if (!Number.isInteger(value) || value <= 0) throw new Error(`no process recorded for ${context}`);
  return value;
}

export function pause(context: ContextName): () => void {
  const group = -pid(context);
  process.kill(group, 'SIGSTOP');
  return () => process.kill(group, 'SIGCONT');
}
