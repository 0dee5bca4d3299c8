import { databaseContext } from '@tractor/slice/server';
import { db } from './db';

/** The request's id and logger, and explore's own database: all its procedures need. */
export const { createContextInner, createContext } = databaseContext('explore', db);

export type Context = ReturnType<typeof createContext>;
