/** The generator's options, checked and expanded into everything the templates and edits need. */
import { databaseVariables } from '@tractor/runtime-config';
export interface ContextOptions {
  name: string;
  mount: string;
  title?: string;
}

export class ContextOptionsError extends Error {
  override readonly name = 'ContextOptionsError';
}

const namePattern = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const mountPattern = /^\/[a-z0-9]+(-[a-z0-9]+)*$/;

const pascal = (name: string) => name.split('-').map((part) => part.charAt(0).toUpperCase() + part.slice(1)).join('');
const camel = (name: string) => pascal(name).charAt(0).toLowerCase() + pascal(name).slice(1);

export function normalizeOptions(options: ContextOptions) {
  const { name, mount } = options;
  if (!namePattern.test(name) || name.length > 30) throw new ContextOptionsError(`name "${name}": lower-case letters and digits, words joined by "-", at most 30 characters`);
  if (!mountPattern.test(mount)) throw new ContextOptionsError(`mount "${mount}": one path segment such as /inspire (the root belongs to explore)`);
  const model = `${pascal(name)}Entry`;
  return {
    name,
    mount,
    title: options.title ?? pascal(name).replace(/([a-z])([A-Z])/g, '$1 $2'),
    camelName: camel(name),
    model,
    modelProperty: camel(model),
    routerFile: 'entries',
    routerKey: 'entries',
    routerName: 'entriesRouter',
    databaseVariable: databaseVariables(name).url,
  };
}

export type NormalizedOptions = ReturnType<typeof normalizeOptions>;
