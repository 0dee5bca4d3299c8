/**
 * The two resources every context owns on AWS, named, placed and mounted from the route manifest:
 * its own PostgreSQL, and its Next.js app on Lambda (built by OpenNext through the app's cached
 * `build-lambda` target), mounted on the shared router and linked to its own database only.
 */
import { contexts, namespace, type ContextName } from '../libs/shared/contracts/src/routes';
import { databaseVariables } from '../libs/platform/runtime-config/src/database-variables';
import { resourceNames } from '../libs/platform/runtime-config/src/resource-names';
import { devDependencies } from '../package.json';
import { contextMonitoring } from './monitoring';
import { databaseCapacity, lambdaConcurrencyCap } from '../libs/platform/runtime-config/src/database-capacity';
import { isProduction } from './stage';
import { withTracing } from './tracing';

/** The OpenNext release the lockfile pins; the `build-lambda` target runs the same one. */
export const openNextVersion = devDependencies['@opennextjs/aws'];

/** The context's own URL space: a deploy of one context never empties another's cache. */
export function invalidationPaths(context: ContextName): string[] {
  const { mount } = contexts[context];
  // The root context's pages are dynamic (never cached); its namespace holds its unversioned files.
  return mount === '/' ? [`${namespace(context)}/*`] : [mount, `${mount}/*`];
}

/**
 * Behind RDS Proxy: Lambda instances come and go by the hundred, and the proxy keeps the
 * database's own connections few and warm. It may open `proxyPercent` of them (the rest stay free
 * for migrations, the clean-up job and an operator).
 */
export function contextDatabase(context: ContextName, shared: { vpc: sst.aws.Vpc }) {
  limitProxyConnections();
  return new sst.aws.Postgres(resourceNames(context).database, {
    vpc: shared.vpc,
    database: context,
    instance: databaseCapacity.instance,
    proxy: true,
    transform: { instance: (args) => void (args.deletionProtection = isProduction) },
  });
}

let proxyLimited = false;

/** SST's Postgres has no setting for its proxy's target group, so a transform sets the pool limits. */
function limitProxyConnections() {
  if (proxyLimited) return;
  proxyLimited = true;
  $transform(aws.rds.ProxyDefaultTargetGroup, (args) => {
    args.connectionPoolConfig = { maxConnectionsPercent: databaseCapacity.proxyPercent, maxIdleConnectionsPercent: 25, connectionBorrowTimeout: 10 };
  });
}

export function contextApp(context: ContextName, shared: { vpc: sst.aws.Vpc; router: sst.aws.Router; database: sst.aws.Postgres }) {
  const { mount, directory } = contexts[context];
  const app = new sst.aws.Nextjs(resourceNames(context).app, withTracing(context, {
    path: directory,
    openNextVersion,
    buildCommand: `npx nx run ${context}:build-lambda --outputStyle=stream`,
    router: mount === '/' ? { instance: shared.router } : { instance: shared.router, path: mount },
    link: [shared.database],
    vpc: shared.vpc,
    invalidation: { paths: invalidationPaths(context) },
    server: { architecture: 'arm64' },
    // Never more instances than the database's connections hold, each with its whole pool.
    transform: { server: (args) => void (args.concurrency = { reserved: lambdaConcurrencyCap() }) },
    environment: {
      // Server-side fragment includes go through the shop's origin, as in the browser.
      FRAGMENTS_ORIGIN: shared.router.url,
      // The public origin pages state in absolute URLs (canonical links), never a request's Host.
      SHOP_ORIGIN: shared.router.url,
      // RDS's certificate authorities, for the database URL's `sslmode=verify-full`.
      NODE_EXTRA_CA_CERTS: '/var/runtime/ca-cert.pem',
      // One Lambda instance serves one request at a time: two connections are plenty.
      [databaseVariables(context).poolMax]: String(databaseCapacity.poolPerInstance),
      NEXT_TELEMETRY_DISABLED: '1',
    },
  }));
  // Each team's dashboard and alarms live with its app, so a generated context gets them too.
  contextMonitoring(context, app);
  return app;
}
