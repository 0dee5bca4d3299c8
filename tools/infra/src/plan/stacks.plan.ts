/**
 * The stacks, executed under Pulumi's mocks (`run-plan.ts`): what `sst deploy` would create, checked
 * against the route manifest. Needs `sst install` (.sst/platform) and every app's `build-lambda`
 * output, as a deploy does; `nx run infra:infra-plan` provides both.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { basePath, contextNames, contexts, fragmentPath, namespace, trpcPath } from '@tractor/contracts';
import { resourceNames } from '@tractor/runtime-config';
import { environmentOf, named, ofType, routerRoutes, siteMetadata } from './plan-queries';
import type { PlanResult } from './plan-result';
import { runPlan } from './run-plan';

const root = join(import.meta.dirname, '..', '..', '..', '..');
const pinned = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> }).devDependencies;

let preview: PlanResult;
let production: PlanResult;

beforeAll(async () => {
  [preview, production] = await Promise.all([
    runPlan(root, 'pr-42'),
    runPlan(root, 'production', { SHOP_DOMAIN: 'shop.example.com', SHOP_DOMAIN_CERT: 'arn:aws:acm:us-east-1:123456789012:certificate/plan' }),
  ]);
}, 240_000);

describe.each(['preview', 'production'])('the %s plan', (stage) => {
  const plan = () => (stage === 'preview' ? preview : production);

  it('runs without errors', () => {
    expect(plan().errors).toEqual([]);
  });

  it('has one CloudFront distribution, the router every app mounts on', () => {
    expect(ofType(plan(), 'aws:cloudfront/distribution:Distribution')).toHaveLength(1);
    expect(ofType(plan(), 'sst:aws:Router')).toHaveLength(1);
  });

  it('routes each context at its manifest path, and nothing else', () => {
    const expected = Object.fromEntries(contextNames.map((name) => [resourceNames(name).app, basePath(name)]));
    expect(routerRoutes(plan())).toEqual(expected);
  });

  it('gives each app the basePath of its mount (read from its OpenNext build)', () => {
    for (const name of contextNames) expect(siteMetadata(plan(), resourceNames(name).app).base ?? '', name).toBe(basePath(name));
  });

  it('keeps each context’s namespace (API, fragments, its own routes) with its server, never its assets bucket', () => {
    for (const name of contextNames) {
      const { s3 } = siteMetadata(plan(), resourceNames(name).app);
      for (const path of [trpcPath(name), fragmentPath(name, 'any'), `${namespace(name)}/any-route`]) {
        const baseless = path.slice(basePath(name).length);
        expect(s3.routes.filter((folder) => baseless.startsWith(folder)), `${path} would be answered by S3`).toEqual([]);
      }
    }
  });

  it('has one PostgreSQL per context, in the shared VPC, named after it', () => {
    expect(ofType(plan(), 'aws:ec2/vpc:Vpc')).toHaveLength(1);
    expect(ofType(plan(), 'aws:rds/instance:Instance')).toHaveLength(contextNames.length);
    for (const name of contextNames) expect(named(plan(), 'aws:rds/instance:Instance', `${resourceNames(name).database}Instance`).inputs['dbName']).toBe(name);
  });

  it('links each app’s server function to its own database only', () => {
    for (const name of contextNames) {
      const builds = plan().builds.filter((build) => build.functionID.startsWith(`${resourceNames(name).app}Server`));
      expect(builds, name).toHaveLength(1);
      expect(Object.keys(builds[0]?.links ?? {})).toEqual([resourceNames(name).database]);
    }
    const linked = plan().builds.filter((build) => Object.keys(build.links).length > 0);
    expect(linked).toHaveLength(contextNames.length);
  });

  it('runs each server function in the VPC, fetching fragments through the shop’s origin', () => {
    const servers = ofType(plan(), 'aws:lambda/function:Function').filter((fn) => /AppServer/.test(fn.name));
    expect(servers).toHaveLength(contextNames.length);
    const distribution = ofType(plan(), 'aws:cloudfront/distribution:Distribution')[0];
    const origin = stage === 'production' ? 'https://shop.example.com' : `https://${String(distribution?.name).toLowerCase()}.cloudfront.net`;
    for (const server of servers) {
      expect(server.inputs['vpcConfig'], server.name).toBeDefined();
      expect(environmentOf(server)['FRAGMENTS_ORIGIN'], server.name).toBe(origin);
    }
  });

  it('invalidates only each app’s own paths on deploy', () => {
    for (const name of contextNames) {
      const paths = named(plan(), 'pulumi-nodejs:dynamic:Resource', `${resourceNames(name).app}Invalidation`).inputs['paths'] as string[];
      expect(paths, name).not.toContain('/*');
      const others = contextNames.filter((other) => other !== name && contexts[other].mount !== '/');
      for (const path of paths) for (const other of others) expect(path.startsWith(contexts[other].mount), `${name} invalidates ${path}`).toBe(false);
    }
    expect(named(plan(), 'pulumi-nodejs:dynamic:Resource', 'CheckoutAppInvalidation').inputs['paths']).toEqual(['/checkout', '/checkout/*']);
  });

  it('deploys server bundles built by the OpenNext release the lockfile pins, through each app’s build-lambda target', () => {
    for (const name of contextNames) {
      const app = resourceNames(name).app;
      expect(named(plan(), 'command:local:Command', `${app}Builder`).inputs['create']).toBe(`npx nx run ${name}:build-lambda --outputStyle=stream`);
      const server = plan().builds.find((build) => build.functionID.startsWith(`${app}Server`));
      const entry = readFileSync(join(root, String(server?.bundle), contexts[name].directory, 'index.mjs'), 'utf8');
      expect(/openNextVersion = "([^"]+)"/.exec(entry)?.[1], name).toBe(pinned['@opennextjs/aws']);
    }
  });
});

describe('stage rules', () => {
  it('retains and protects production, with deletion protection on its databases and its custom domain', () => {
    expect(production.app).toMatchObject({ removal: 'retain', protect: true });
    for (const database of ofType(production, 'aws:rds/instance:Instance')) expect(database.inputs['deletionProtection'], database.name).toBe(true);
    expect(ofType(production, 'aws:cloudfront/distribution:Distribution')[0]?.inputs['aliases']).toEqual(['shop.example.com']);
  });

  it('makes every other stage a removable preview on the CloudFront domain', () => {
    expect(preview.app).toMatchObject({ removal: 'remove', protect: false });
    for (const database of ofType(preview, 'aws:rds/instance:Instance')) expect(database.inputs['deletionProtection'], database.name).toBe(false);
    expect(ofType(preview, 'aws:cloudfront/distribution:Distribution')[0]?.inputs['aliases']).toEqual([]);
  });
});
