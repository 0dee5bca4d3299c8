/**
 * Runs one unit of work on a fresh schema engine bound to a database, then frees the engine and
 * closes its connections. Every error leaves as a `MigrationError`.
 *
 * A panic inside the engine aborts the WASM instance from a task-queue callback: it surfaces as an
 * uncaught `RuntimeError: unreachable` (message in `lastEnginePanic()`), not as a rejection.
 */
import type { SchemaEngine } from '@prisma/schema-engine-wasm';
import { createEngineAdapter, type EngineAdapterOptions } from './engine-adapter';
import { loadSchemaEngine } from './load-schema-engine';
import { toMigrationError } from './to-migration-error';

/** No table or enum is managed outside the schema. */
export const ALL_TABLES = { externalTables: [], externalEnums: [] };

export async function withSchemaEngine<T>(
  options: EngineAdapterOptions,
  work: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  const SchemaEngineClass = await loadSchemaEngine();
  const adapter = createEngineAdapter(options);
  let engine: SchemaEngine | undefined;
  try {
    engine = await SchemaEngineClass.new({ datamodels: undefined }, () => undefined, adapter.factory);
    return await work(engine);
  } catch (error) {
    throw toMigrationError(error, adapter.factory.errorRegistry);
  } finally {
    engine?.free();
    await adapter.dispose();
  }
}
