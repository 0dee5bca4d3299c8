/**
 * Checkout: its own PostgreSQL, its Next.js app on Lambda mounted where the route manifest says,
 * and the daily job that deletes baskets idle for 30 days.
 */
import { contextApp, contextDatabase } from './context-stack';
import { vpc } from './network';
import { router } from './router';

const database = contextDatabase('checkout', { vpc });

const cartCleanup = new sst.aws.CronV2('CheckoutCartCleanup', {
  schedule: 'rate(1 day)',
  function: {
    handler: 'apps/checkout/src/jobs/cleanup-carts.handler',
    link: [database],
    vpc,
    architecture: 'arm64',
    timeout: '5 minutes',
    environment: { CHECKOUT_DATABASE_POOL_MAX: '1', NODE_EXTRA_CA_CERTS: '/var/runtime/ca-cert.pem' },
  },
});

export const checkout = { database, cartCleanup, app: contextApp('checkout', { vpc, router, database }) };
