import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { logDestination } from './log-destination';

const tsx = join(import.meta.dirname, '..', '..', '..', '..', 'node_modules', 'tsx', 'dist', 'cli.mjs');

function tempFile(): string {
  const file = join(mkdtempSync(join(tmpdir(), 'log-destination-')), 'out.log');
  writeFileSync(file, '');
  return file;
}

const read = (file: string) => readFileSync(file, 'utf8');

async function eventually(check: () => void, ms = 2000): Promise<void> {
  const until = Date.now() + ms;
  for (;;) {
    try {
      return check();
    } catch (error) {
      if (Date.now() > until) throw error;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }
}

describe('logDestination', () => {
  it('gathers lines and writes them together, in order, once the delay is over', async () => {
    const file = tempFile();
    const out = logDestination({ dest: file, env: {}, maxDelayMs: 50 });
    out.write('{"n":1}\n');
    out.write('{"n":2}\n');
    out.write('{"n":3}\n');
    expect(read(file)).toBe('');
    await eventually(() => expect(read(file)).toBe('{"n":1}\n{"n":2}\n{"n":3}\n'));
  });

  it('writes at once when enough has gathered, without waiting for the delay', async () => {
    const file = tempFile();
    const out = logDestination({ dest: file, env: {}, maxDelayMs: 60_000, maxBytes: 16 });
    out.write('{"short":1}\n');
    out.write('{"enough":true}\n');
    await eventually(() => expect(read(file)).toBe('{"short":1}\n{"enough":true}\n'));
  });

  it('writes each line before returning on AWS Lambda and with LOG_SYNC=1', () => {
    for (const env of [{ AWS_LAMBDA_FUNCTION_NAME: 'decide-server' }, { LOG_SYNC: '1' }]) {
      const file = tempFile();
      logDestination({ dest: file, env }).write('{"sync":true}\n');
      expect(read(file)).toBe('{"sync":true}\n');
    }
  });

  it('writes what is still held when the process exits', () => {
    const script = `
      import { logDestination } from ${JSON.stringify(join(import.meta.dirname, 'log-destination.ts'))};
      const out = logDestination({ env: {}, maxDelayMs: 60_000 });
      out.write('{"last":1}\\n');
      out.write('{"last":2}\\n');
      process.exit(0);
    `;
    const run = spawnSync(process.execPath, [tsx, '--eval', script, '--input-type=module'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('{"last":1}\n{"last":2}\n');
  });
});
