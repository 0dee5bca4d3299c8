/**
 * Postgres's internal one-byte `"char"` type (OID 18) for the schema engine.
 *
 * The engine reads catalog columns of that type (`relkind`, `contype`, ...) when it describes a
 * live schema and expects them as `Character` values. `@prisma/adapter-pg` 7.10 cannot map OID 18
 * ("Column type 'char' could not be deserialized"). This pool relabels such fields as `text` so the
 * adapter accepts the row set, and remembers which columns they were (keyed by the rows array,
 * which the adapter passes through untouched); `restoreCharColumns` then puts `Character` back.
 */
import { ColumnTypeEnum, type SqlResultSet } from '@prisma/driver-adapter-utils';
import pg from 'pg';

const CHAR_OID = 18;
const TEXT_OID = 25;

type QueryFunction = (...args: unknown[]) => unknown;

const charColumnsByRows = new WeakMap<object, number[]>();

function relabelCharFields(result: unknown): unknown {
  const { fields, rows } = (result ?? {}) as { fields?: unknown; rows?: unknown };
  if (!Array.isArray(fields) || !Array.isArray(rows)) return result;
  const charColumns: number[] = [];
  (fields as Array<{ dataTypeID?: number }>).forEach((field, index) => {
    if (field.dataTypeID !== CHAR_OID) return;
    field.dataTypeID = TEXT_OID;
    charColumns.push(index);
  });
  if (charColumns.length > 0) charColumnsByRows.set(rows, charColumns);
  return result;
}

/** Wraps the promise form of `query`; the callback form (used inside pg-pool) passes through. */
function patchQuery(target: pg.Pool | pg.PoolClient): void {
  const original = target.query.bind(target) as QueryFunction;
  const query: QueryFunction = (...args) => {
    const returned = original(...args);
    return returned instanceof Promise ? returned.then(relabelCharFields) : returned;
  };
  Object.assign(target, { query });
}

export function createCharColumnPool(config: pg.PoolConfig): pg.Pool {
  const pool = new pg.Pool(config);
  patchQuery(pool);
  // Transactions run on checked-out clients, so patch those too (once per physical connection).
  pool.on('connect', (client) => patchQuery(client));
  return pool;
}

/** Marks the columns that were `"char"` in the database as `Character` again. */
export function restoreCharColumns(resultSet: SqlResultSet): SqlResultSet {
  for (const index of charColumnsByRows.get(resultSet.rows) ?? []) {
    resultSet.columnTypes[index] = ColumnTypeEnum.Character;
  }
  return resultSet;
}
