/** Small lookups over a plan, named after what the stack tests ask. */
import { fakeOutputs } from './fake-cloud';
import type { PlanResult, PlannedResource } from './plan-result';

export function ofType(plan: PlanResult, type: string): PlannedResource[] {
  return plan.resources.filter((resource) => resource.type === type);
}

/** The one resource of `type` named `name` (dynamic resources carry their SST type after a dot). */
export function named(plan: PlanResult, type: string, name: string): PlannedResource {
  const found = plan.resources.filter((resource) => resource.type === type && resource.name.split('.')[0] === name);
  if (found.length !== 1) throw new Error(`expected one ${type} named ${name}, found ${found.length}`);
  return found[0] as PlannedResource;
}

/** `site,<namespace>,<host>,<path>` entries the router's key-value store routes by. */
export function routerRoutes(plan: PlanResult): Record<string, string> {
  const routes: Record<string, string> = {};
  for (const resource of ofType(plan, 'pulumi-nodejs:dynamic:Resource')) {
    const [name = ''] = resource.name.split('.');
    if (!resource.name.endsWith('.sst.aws.KvRoutesUpdate')) continue;
    const [, , , path = ''] = String(resource.inputs['entry']).split(',');
    routes[name.replace(/RoutesUpdate$/, '')] = path;
  }
  return routes;
}

export interface SiteMetadata {
  base?: string;
  s3: { routes: string[] };
  servers: [string, number, number][];
}

/** What the router's function knows about an app: its basePath and which folders go to S3. */
export function siteMetadata(plan: PlanResult, app: string): SiteMetadata {
  const keys = named(plan, 'pulumi-nodejs:dynamic:Resource', `${app}KvKeys`);
  const entries = keys.inputs['entries'] as Record<string, string>;
  return JSON.parse(entries['metadata'] ?? '{}') as SiteMetadata;
}

export function environmentOf(resource: PlannedResource): Record<string, string> {
  const environment = resource.inputs['environment'] as { variables?: Record<string, string> } | undefined;
  return environment?.variables ?? {};
}

export interface PolicyStatement {
  Effect: string;
  Action: string[];
  Resource: string[];
}

/**
 * The statements of a function's role: SST renders the function's `permissions` and links into
 * the role's inline policy, and the function refers to its role by the ARN the plan gave it.
 */
export function roleStatementsOf(plan: PlanResult, fn: PlannedResource): PolicyStatement[] {
  const role = ofType(plan, 'aws:iam/role:Role').find((candidate) => fakeOutputs(candidate.type, candidate.name, candidate.inputs)['arn'] === fn.inputs['role']);
  if (!role) throw new Error(`no role in the plan for ${fn.name}`);
  const policies = (role.inputs['inlinePolicies'] ?? []) as { policy?: string }[];
  return policies.flatMap((policy) => (JSON.parse(policy.policy ?? '{}') as { Statement?: PolicyStatement[] }).Statement ?? []);
}
