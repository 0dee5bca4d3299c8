/**
 * The migration-aware driver adapter the WASM schema engine talks through: `@prisma/adapter-pg`
 * on a single-connection pool (embedded PGlite serves one session; migrations are sequential
 * anyway), with two corrections:
 * - `"char"` catalog columns reach the engine as `Character` (see char-column-pool.ts);
 * - scripts run as ONE simple-protocol query instead of adapter-pg's split on every `;`, which
 *   breaks `$$ ... ; ... $$` bodies and string literals. Postgres runs a multi-statement simple
 *   query in one implicit transaction, as the native engine does.
 */
import { PrismaPg } from '@prisma/adapter-pg';
import {
  bindMigrationAwareSqlAdapterFactory,
  type ErrorCapturingSqlMigrationAwareDriverAdapterFactory,
  type IsolationLevel,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
  type SqlQuery,
  type SqlResultSet,
  type Transaction,
} from '@prisma/driver-adapter-utils';
import { createCharColumnPool, restoreCharColumns } from './char-column-pool';
import { MigrationError } from './migration-error';

class CharColumnTransaction implements Transaction {
  readonly provider = 'postgres' as const;
  readonly adapterName: string;
  readonly options: Transaction['options'];
  readonly createSavepoint?: Transaction['createSavepoint'];
  readonly rollbackToSavepoint?: Transaction['rollbackToSavepoint'];
  readonly releaseSavepoint?: Transaction['releaseSavepoint'];

  constructor(private readonly inner: Transaction) {
    this.adapterName = inner.adapterName;
    this.options = inner.options;
    this.createSavepoint = inner.createSavepoint?.bind(inner);
    this.rollbackToSavepoint = inner.rollbackToSavepoint?.bind(inner);
    this.releaseSavepoint = inner.releaseSavepoint?.bind(inner);
  }

  async queryRaw(query: SqlQuery): Promise<SqlResultSet> {
    return restoreCharColumns(await this.inner.queryRaw(query));
  }

  executeRaw(query: SqlQuery): Promise<number> {
    return this.inner.executeRaw(query);
  }

  commit(): Promise<void> {
    return this.inner.commit();
  }

  rollback(): Promise<void> {
    return this.inner.rollback();
  }
}

class EngineConnection implements SqlDriverAdapter {
  readonly provider = 'postgres' as const;
  readonly adapterName: string;

  constructor(private readonly inner: SqlDriverAdapter) {
    this.adapterName = inner.adapterName;
  }

  async queryRaw(query: SqlQuery): Promise<SqlResultSet> {
    return restoreCharColumns(await this.inner.queryRaw(query));
  }

  executeRaw(query: SqlQuery): Promise<number> {
    return this.inner.executeRaw(query);
  }

  /** No parameters means pg uses the simple query protocol, which accepts many statements. */
  async executeScript(script: string): Promise<void> {
    await this.inner.executeRaw({ sql: script, args: [], argTypes: [] });
  }

  async startTransaction(isolationLevel?: IsolationLevel): Promise<Transaction> {
    return new CharColumnTransaction(await this.inner.startTransaction(isolationLevel));
  }

  /** Idempotent: the engine may dispose a connection that we dispose again when it is freed. */
  dispose(): Promise<void> {
    this.disposed ??= this.inner.dispose();
    return this.disposed;
  }

  private disposed: Promise<void> | undefined;
}

/** Freeing the engine does not close its connections: the factory keeps them to close later. */
class EngineAdapterFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = 'postgres' as const;
  readonly adapterName = '@prisma/adapter-pg';
  private readonly opened: EngineConnection[] = [];

  constructor(
    private readonly url: string,
    private readonly shadowUrl: string | undefined,
  ) {}

  connect(): Promise<SqlDriverAdapter> {
    return this.open(this.url);
  }

  connectToShadowDb(): Promise<SqlDriverAdapter> {
    if (this.shadowUrl === undefined) {
      return Promise.reject(new MigrationError('ENGINE_ERROR', 'This operation needs a shadow database.'));
    }
    return this.open(this.shadowUrl);
  }

  async disposeAll(): Promise<void> {
    await Promise.all(this.opened.splice(0).map((adapter) => adapter.dispose()));
  }

  private async open(url: string): Promise<SqlDriverAdapter> {
    const pool = createCharColumnPool({ connectionString: url, max: 1 });
    const adapter = new EngineConnection(await new PrismaPg(pool, { disposeExternalPool: true }).connect());
    this.opened.push(adapter);
    return adapter;
  }
}

export interface EngineAdapterOptions {
  /** The database to migrate. */
  url: string;
  /** A disposable database the engine may replay migrations into (`diff` from migrations). */
  shadowUrl?: string;
}

export interface EngineAdapter {
  /** What `SchemaEngine.new` takes. */
  factory: ErrorCapturingSqlMigrationAwareDriverAdapterFactory;
  /** Closes every connection the engine opened. */
  dispose(): Promise<void>;
}

export function createEngineAdapter({ url, shadowUrl }: EngineAdapterOptions): EngineAdapter {
  const factory = new EngineAdapterFactory(url, shadowUrl);
  return { factory: bindMigrationAwareSqlAdapterFactory(factory), dispose: () => factory.disposeAll() };
}
