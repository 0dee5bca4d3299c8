/**
 * `<YYYYMMDDHHMMSS>_<slug>`, Prisma's folder name (UTC timestamp). Migrations apply in folder-name
 * order, so the timestamp is moved past the newest existing folder when the clock says otherwise
 * (two migrations in one second, a clock behind a teammate's).
 */
import { MigrationError } from './migration-error';

const TIMESTAMP = /^(\d{14})_/;

function slugify(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 200);
}

function format(date: Date): string {
  return date.toISOString().replace(/\D/g, '').slice(0, 14);
}

function parse(stamp: string): Date {
  const part = (from: number, to: number) => stamp.slice(from, to);
  return new Date(`${part(0, 4)}-${part(4, 6)}-${part(6, 8)}T${part(8, 10)}:${part(10, 12)}:${part(12, 14)}Z`);
}

export function migrationFolderName(name: string, now: Date, existingFolders: readonly string[]): string {
  const slug = slugify(name);
  if (!slug) {
    throw new MigrationError('INVALID_ARGUMENT', `Migration name "${name}" has no letters or digits.`);
  }
  const latest = existingFolders
    .map((folder) => TIMESTAMP.exec(folder)?.[1])
    .filter((stamp): stamp is string => stamp !== undefined)
    .sort()
    .at(-1);
  let stamp = format(now);
  if (latest !== undefined && stamp <= latest) stamp = format(new Date(parse(latest).getTime() + 1000));
  return `${stamp}_${slug}`;
}
