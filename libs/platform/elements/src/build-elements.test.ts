import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildElements, elementsPublicDir } from './build-elements';
import { readElementsVersion } from './elements-version';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function app(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'elements-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'src', 'elements'), { recursive: true });
  for (const [name, source] of Object.entries(files)) writeFileSync(join(dir, 'src', 'elements', name), source);
  return dir;
}

describe('buildElements', () => {
  it('bundles each element into the context namespace and versions it by content', async () => {
    const dir = app({ 'mini-cart.ts': "export const size: number = 1;\ncustomElements.define('checkout-mini-cart', class extends HTMLElement {});\n" });
    const first = await buildElements({ appDir: dir, context: 'checkout' });
    expect(elementsPublicDir(dir, 'checkout')).toBe(join(dir, 'public', 'elements'));
    expect(readFileSync(join(dir, 'public', 'elements', 'mini-cart.js'), 'utf8')).toContain('checkout-mini-cart');
    expect(first.version).toMatch(/^[0-9a-f]{12}$/);
    expect(readElementsVersion(dir)).toBe(first.version);

    expect((await buildElements({ appDir: dir, context: 'checkout' })).version).toBe(first.version);
    writeFileSync(join(dir, 'src', 'elements', 'mini-cart.ts'), "customElements.define('checkout-mini-cart', class extends HTMLElement { x = 2 });\n");
    expect((await buildElements({ appDir: dir, context: 'checkout' })).version).not.toBe(first.version);
  });

  it('puts the root context’s elements and styles beside its namespace, leaving tests out', async () => {
    const dir = app({
      'header.ts': "customElements.define('explore-header', class extends HTMLElement {});\n",
      'header.css': 'explore-header { display: block; }\n',
      'header.test.ts': "it('is not shipped', () => undefined);\n",
    });
    await buildElements({ appDir: dir, context: 'explore' });
    const out = join(dir, 'public', 'explore-elements');
    expect(readdirSync(out).sort()).toEqual(['header.css', 'header.js']);
    expect(readFileSync(join(out, 'header.js'), 'utf8')).toContain('customElements.define("explore-header"');
    expect(readFileSync(join(out, 'header.css'), 'utf8')).toContain('explore-header{display:block}');
    expect(readdirSync(join(dir, 'public'))).toEqual(['explore-elements']);
  });

  it('has nothing to do for a context without elements', async () => {
    const dir = app({});
    expect((await buildElements({ appDir: dir, context: 'decide' })).version).toBe('');
    expect(readElementsVersion(dir)).toBe('');
  });

  it('reads no version before the first bundling', () => {
    expect(readElementsVersion(app({}))).toBe('');
  });
});
