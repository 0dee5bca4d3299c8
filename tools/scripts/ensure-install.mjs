// `npm start` on a fresh clone: install dependencies first when they are missing or older than
// the lockfile, so the README's one command is enough.
import { execSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
const marker = join(root, 'node_modules', '.package-lock.json');
const lock = join(root, 'package-lock.json');
const stale = !existsSync(marker) || (existsSync(lock) && statSync(lock).mtimeMs > statSync(marker).mtimeMs);
if (stale) {
  console.log('[shop]      installing dependencies (npm install) …');
  execSync('npm install --no-audit --no-fund', { cwd: root, stdio: 'inherit' });
}
