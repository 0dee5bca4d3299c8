/**
 * Loads Prisma's schema engine compiled to WebAssembly, once per process. The package's own entry
 * uses `import * from './x.wasm'`, which Node 20 cannot load, so the module is instantiated by hand
 * (the same plumbing as Prisma's own `wasmSchemaEngineLoader`). wasm-bindgen keeps global state:
 * instantiating twice crashes, hence the cached promise.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { SchemaEngine } from '@prisma/schema-engine-wasm';

/** The engine reports panics here; without it a panic surfaces as a bare TypeError. */
class WasmPanicRegistry {
  private message = '';
  get(): string {
    return this.message;
  }
  set_message(value: string): void {
    this.message = `RuntimeError: ${value}`;
  }
}

declare global {
  var PRISMA_WASM_PANIC_REGISTRY: WasmPanicRegistry | undefined;
}

export type SchemaEngineClass = typeof SchemaEngine;

let loaded: Promise<SchemaEngineClass> | undefined;

async function instantiate(): Promise<SchemaEngineClass> {
  globalThis.PRISMA_WASM_PANIC_REGISTRY ??= new WasmPanicRegistry();
  const runtime = await import('@prisma/schema-engine-wasm/schema_engine_bg');
  const entry = createRequire(import.meta.url).resolve('@prisma/schema-engine-wasm');
  const bytes = await readFile(join(dirname(entry), 'schema_engine_bg.wasm'));
  const instance = new WebAssembly.Instance(new WebAssembly.Module(bytes), {
    './schema_engine_bg.js': runtime as unknown as WebAssembly.ModuleImports,
  });
  runtime.__wbg_set_wasm(instance.exports);
  const start = instance.exports['__wbindgen_start'];
  if (typeof start !== 'function') throw new Error('schema engine wasm has no __wbindgen_start export');
  start();
  return runtime.SchemaEngine;
}

export function loadSchemaEngine(): Promise<SchemaEngineClass> {
  loaded ??= instantiate();
  return loaded;
}

/** The last panic message recorded by the engine, if any. */
export function lastEnginePanic(): string {
  return globalThis.PRISMA_WASM_PANIC_REGISTRY?.get() ?? '';
}
