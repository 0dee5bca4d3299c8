/** Paths and servers shared by this library's tests. */
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { withDatabase } from '../database-url';
import { testServerUrl } from '../testing';

const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));

export const fixtureSchema = here('./schema.prisma');
export const fixtureSchemaV2 = here('./schema-v2.prisma');
export const fixtureMigrations = here('./migrations');
export const fixtureMigrationNames = ['20250101000000_init', '20250102000000_trim_book_title'];

export function uniqueDatabaseUrl(label: string): string {
  return withDatabase(testServerUrl(), `t_${label}_${randomBytes(4).toString('hex')}`);
}
