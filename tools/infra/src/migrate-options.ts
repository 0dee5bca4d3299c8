/** `migrate [--context NAME]...`: which contexts to migrate (all of them by default). */
import { parseArgs } from 'node:util';
import { contextNames, type ContextName } from '@tractor/contracts';

export const migrateUsage = `usage: migrate [--context ${contextNames.join('|')}]...`;

export function parseMigrateOptions(argv: string[]): ContextName[] {
  const { values } = parseArgs({ args: argv, options: { context: { type: 'string', multiple: true } } });
  const asked = values.context ?? contextNames;
  const unknown = asked.filter((name) => !contextNames.includes(name as ContextName));
  if (unknown.length > 0) throw new Error(`unknown context ${unknown.join(', ')}\n${migrateUsage}`);
  return [...new Set(asked)] as ContextName[];
}
