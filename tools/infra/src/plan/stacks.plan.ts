/**
 * The stacks, executed under Pulumi's mocks (`run-plan.ts`): what `sst deploy` would create, checked
 * against the route manifest. Needs `sst install` (.sst/platform) and every app's `build-lambda`
 * output, as a deploy does; `nx run infra:infra-plan` provides both.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { basePath, contextNames, contexts, fragmentPath, fragments, namespace, trpcPath } from '@tractor/contracts';
import { databaseCapacity, lambdaConcurrencyCap, proxyConnections, resourceNames } from '@tractor/runtime-config';
import { cloudFrontHeadersPolicy } from '@tractor/security-headers';
import { environmentOf, named, ofType, roleStatementsOf, routerRoutes, siteMetadata } from './plan-queries';
import type { PlanResult } from './plan-result';
import { runPlan } from './run-plan';

const root = join(import.meta.dirname, '..', '..', '..', '..');
const pinned = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> }).devDependencies;

const otlpEndpoint = 'https://otlp.example.com';
const collectorLayer = 'arn:aws:lambda:us-east-1:901920570463:layer:aws-otel-collector-arm64-ver-0-115-0:3';
const pascal = (name: string) => name.split('-').map((part) => part.charAt(0).toUpperCase() + part.slice(1)).join('');

let preview: PlanResult;
let production: PlanResult;

beforeAll(async () => {
  [preview, production] = await Promise.all([
    runPlan(root, 'pr-42', { SHOP_TRACES: 'otlp', SHOP_OTLP_ENDPOINT: otlpEndpoint }),
    runPlan(root, 'production', {
      SHOP_DOMAIN: 'shop.example.com',
      SHOP_DOMAIN_CERT: 'arn:aws:acm:us-east-1:123456789012:certificate/plan',
      SHOP_TRACES: 'xray',
      SHOP_XRAY_COLLECTOR_LAYER: collectorLayer,
    }),
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
    // Besides the servers, only checkout's basket clean-up job reaches a database: checkout's.
    const others = plan().builds.filter((build) => Object.keys(build.links).length > 0 && !/AppServer/.test(build.functionID));
    expect(others.map((build) => [build.functionID.replace(/Function$/, ''), Object.keys(build.links)])).toEqual([['CheckoutCartCleanupHandler', [resourceNames('checkout').database]]]);
  });

  it('puts every context’s database behind RDS Proxy, which may open only its share of the connections', () => {
    for (const name of contextNames) {
      expect(named(plan(), 'aws:rds/proxy:Proxy', `${resourceNames(name).database}Proxy`).inputs['engineFamily'], name).toBe('POSTGRESQL');
      expect(named(plan(), 'aws:rds/instance:Instance', `${resourceNames(name).database}Instance`).inputs['instanceClass'], name).toBe(`db.${databaseCapacity.instance}`);
    }
    const pools = ofType(plan(), 'aws:rds/proxyDefaultTargetGroup:ProxyDefaultTargetGroup');
    expect(pools).toHaveLength(contextNames.length);
    for (const pool of pools) expect(pool.inputs['connectionPoolConfig'], pool.name).toMatchObject({ maxConnectionsPercent: databaseCapacity.proxyPercent });
  });

  it('caps each app’s Lambda concurrency at what its database’s connections hold with the per-instance pool', () => {
    const cap = lambdaConcurrencyCap();
    expect(cap).toBe(30);
    expect(cap * databaseCapacity.poolPerInstance).toBeLessThanOrEqual(proxyConnections());
    const servers = ofType(plan(), 'aws:lambda/function:Function').filter((fn) => /AppServer/.test(fn.name));
    for (const server of servers) {
      expect(server.inputs['reservedConcurrentExecutions'], server.name).toBe(cap);
      const pool = Object.entries(environmentOf(server)).find(([key]) => key.endsWith('_DATABASE_POOL_MAX'));
      expect(pool?.[1], server.name).toBe(String(databaseCapacity.poolPerInstance));
    }
  });

  it('deletes idle baskets every day with a function in checkout’s stack, in the VPC', () => {
    const schedules = ofType(plan(), 'aws:scheduler/schedule:Schedule');
    expect(schedules.map((schedule) => schedule.inputs['scheduleExpression'])).toEqual(['rate(1 day)']);
    const job = ofType(plan(), 'aws:lambda/function:Function').filter((fn) => fn.name.startsWith('CheckoutCartCleanup'));
    expect(job).toHaveLength(1);
    expect(job[0]?.inputs['vpcConfig']).toBeDefined();
    const build = plan().builds.find((b) => b.functionID.startsWith('CheckoutCartCleanup'));
    expect(build?.handler).toBe('apps/checkout/src/jobs/cleanup-carts.handler');
  });

  it('runs each server function in the VPC, fetching fragments through the shop’s origin', () => {
    const servers = ofType(plan(), 'aws:lambda/function:Function').filter((fn) => /AppServer/.test(fn.name));
    expect(servers).toHaveLength(contextNames.length);
    const distribution = ofType(plan(), 'aws:cloudfront/distribution:Distribution')[0];
    const origin = stage === 'production' ? 'https://shop.example.com' : `https://${String(distribution?.name).toLowerCase()}.cloudfront.net`;
    for (const server of servers) {
      expect(server.inputs['vpcConfig'], server.name).toBeDefined();
      expect(environmentOf(server)['FRAGMENTS_ORIGIN'], server.name).toBe(origin);
      expect(environmentOf(server)['SHOP_ORIGIN'], server.name).toBe(origin);
    }
  });

  it('gives every context its own dashboard, alarm topic and alarms: 5xx rate, p95 duration, fallbacks of what it includes and of each fragment it serves', () => {
    for (const name of contextNames) {
      const app = resourceNames(name).app;
      expect(String(named(plan(), 'aws:cloudwatch/dashboard:Dashboard', `${app}Dashboard`).inputs['dashboardName'])).toMatch(new RegExp(`-${name}$`));
      named(plan(), 'aws:sns/topic:Topic', `${app}Alarms`);
      const alarm = (suffix: string) => named(plan(), 'aws:cloudwatch/metricAlarm:MetricAlarm', `${app}${suffix}`).inputs;
      expect(JSON.stringify(alarm('ErrorRateAlarm')['metricQueries'])).toContain('Url5xxCount');
      expect(alarm('LatencyAlarm')).toMatchObject({ metricName: 'UrlRequestLatency', extendedStatistic: 'p95' });
      expect(JSON.stringify(alarm('IncludeFallbackAlarm')['metricQueries'])).toContain(`TractorStore/${name}`);
      for (const [id, fragment] of Object.entries(fragments)) {
        if (fragment.context !== name) continue;
        expect(JSON.stringify(alarm(`${pascal(fragment.name)}FallbackAlarm`)['metricQueries']), id).toContain(`"Fragment":"${id}"`);
      }
      for (const metric of ['Includes', 'Fallbacks', 'FragmentIncludes', 'FragmentFallbacks']) named(plan(), 'aws:cloudwatch/logMetricFilter:LogMetricFilter', `${app}${metric}Metric`);
    }
  });

  it('sends the shop’s one security-header policy with every response, keeping a page’s own nonce CSP', () => {
    const [policy, ...others] = ofType(plan(), 'aws:cloudfront/responseHeadersPolicy:ResponseHeadersPolicy');
    expect(others).toEqual([]);
    expect(policy?.inputs).toMatchObject(cloudFrontHeadersPolicy({ production: stage === 'production' }));
    const distribution = ofType(plan(), 'aws:cloudfront/distribution:Distribution')[0];
    const behavior = distribution?.inputs['defaultCacheBehavior'] as { responseHeadersPolicyId?: string };
    expect(behavior.responseHeadersPolicyId).toBe(`${policy?.name}-id`);
    expect(distribution?.inputs['orderedCacheBehaviors'] ?? []).toEqual([]);
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

describe('traces', () => {
  const servers = (plan: PlanResult) => ofType(plan, 'aws:lambda/function:Function').filter((fn) => /AppServer/.test(fn.name));

  it('go to any OTLP endpoint by configuration, named after their context', () => {
    for (const server of servers(preview)) {
      expect(environmentOf(server), server.name).toMatchObject({ OTEL_TRACES_EXPORTER: 'otlp', OTEL_EXPORTER_OTLP_ENDPOINT: otlpEndpoint });
      expect(contextNames, server.name).toContain(environmentOf(server)['OTEL_SERVICE_NAME']);
    }
  });

  it('go to X-Ray through the collector layer beside each server, with the right to write there', () => {
    expect(servers(production)).toHaveLength(contextNames.length);
    for (const server of servers(production)) {
      expect(environmentOf(server), server.name).toMatchObject({ OTEL_TRACES_EXPORTER: 'otlp', OTEL_EXPORTER_OTLP_ENDPOINT: 'http://localhost:4318' });
      expect(server.inputs['layers'], server.name).toContain(collectorLayer);
      const statements = roleStatementsOf(production, server);
      expect(statements, server.name).toContainEqual(expect.objectContaining({ Action: ['xray:PutTraceSegments', 'xray:PutTelemetryRecords'], Resource: ['*'] }));
    }
  });

  it('give no X-Ray rights where traces go elsewhere', () => {
    for (const server of servers(preview)) {
      expect(JSON.stringify(roleStatementsOf(preview, server)), server.name).not.toContain('xray:');
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
