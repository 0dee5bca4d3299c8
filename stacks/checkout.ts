/** Checkout: its own PostgreSQL, and its Next.js app on Lambda, mounted where the route manifest says. */
import { contextApp, contextDatabase } from './context-stack';
import { vpc } from './network';
import { router } from './router';

const database = contextDatabase('checkout', { vpc });

export const checkout = { database, app: contextApp('checkout', { vpc, router, database }) };
