/// <reference path="./.sst/platform/config.d.ts" />
/**
 * The infrastructure index: one CloudFront router, and one stack per context that mounts the
 * context's Next.js app (on Lambda, built by OpenNext) and its own database on that router.
 * Mount paths come from the route manifest; each stack file is one context's concern.
 */
export default $config({
  app(input) {
    return {
      name: 'tractor-store',
      home: 'aws',
      removal: input?.stage === 'production' ? 'retain' : 'remove',
      protect: input?.stage === 'production',
    };
  },
  async run() {
    const { contextNames } = await import('./libs/shared/contracts/src/routes');
    const { network } = await import('./stacks/network');
    const { router } = await import('./stacks/router');
    const { context } = await import('./stacks/context');
    const apps = contextNames.map((name) => context(name, { router, vpc: network }));
    return { url: router.url, apps: Object.fromEntries(apps.map((app) => [app.name, app.url])) };
  },
});
