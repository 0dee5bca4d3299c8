import { databaseContext } from '@tractor/slice/server';
import { db } from './db';

/** The request's id and logger, and decide's own database: all its procedures need. */
export const { createContextInner, createContext } = databaseContext('decide', db);

export type Context = ReturnType<typeof createContext>;
