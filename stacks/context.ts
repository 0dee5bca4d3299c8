/**
 * One context on AWS: its own PostgreSQL and its Next.js app, mounted on the shared router at the
 * manifest's path and linked to its own database only.
 */
import { basePath, contexts, type ContextName } from '../libs/shared/contracts/src/routes';

export function context(name: ContextName, shared: { router: sst.aws.Router; vpc: sst.aws.Vpc }) {
  const { mount, directory } = contexts[name];
  const title = name.charAt(0).toUpperCase() + name.slice(1);
  const database = new sst.aws.Postgres(`${title}Database`, { vpc: shared.vpc });
  const app = new sst.aws.Nextjs(`${title}App`, {
    path: directory,
    openNextVersion: '4.1.16',
    link: [database],
    vpc: shared.vpc,
    router: mount === '/' ? { instance: shared.router } : { instance: shared.router, path: basePath(name) },
    invalidation: { paths: mount === '/' ? ['/*'] : [`${mount}/*`] },
    environment: { NEXT_TELEMETRY_DISABLED: '1' },
  });
  return { name, url: app.url, database };
}
