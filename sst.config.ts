// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- SST generates these global types (sst install); they are not a module
/// <reference path="./.sst/platform/config.d.ts" />
/**
 * The infrastructure index: one CloudFront router, and one stack per context (`stacks/<context>.ts`)
 * that owns the context's PostgreSQL and mounts its Next.js app (Lambda, built by OpenNext) on that
 * router. Names, mount paths and app folders come from the route manifest.
 *
 * `production` is retained and protected; every other stage is a removable preview.
 */
export default $config({
  app(input) {
    return {
      name: 'tractor-store',
      home: 'aws',
      removal: input.stage === 'production' ? 'retain' : 'remove',
      protect: input.stage === 'production',
      // The provider version `sst install` resolves; pinned so installs and plans are repeatable.
      providers: { aws: { version: '7.20.0' } },
    };
  },
  async run() {
    const { router } = await import('./stacks/router');
    const { explore } = await import('./stacks/explore');
    const { decide } = await import('./stacks/decide');
    const { checkout } = await import('./stacks/checkout');
    return {
      url: router.url,
      explore: explore.app.url,
      decide: decide.app.url,
      checkout: checkout.app.url,
    };
  },
});
