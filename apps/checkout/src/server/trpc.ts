/** Checkout's tRPC building blocks, from the slice runtime: the one error formatter, domain errors mapped once. */
import { initSlice } from '@tractor/slice/server';
import type { Context } from './context';

export const { router, publicProcedure, createCallerFactory } = initSlice<Context>();
