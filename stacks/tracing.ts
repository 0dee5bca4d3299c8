/**
 * Where a context's server sends its spans on AWS, chosen per deploy (the app reads only the
 * standard `OTEL_*` variables, see @tractor/telemetry):
 *
 * - `SHOP_TRACES=xray`: OTLP to the AWS Distro for OpenTelemetry collector running as a Lambda
 *   layer beside the server (`SHOP_XRAY_COLLECTOR_LAYER=<layer ARN for arm64>`), which forwards
 *   them to X-Ray with the function's own role.
 * - `SHOP_TRACES=otlp`: straight to any OTLP/HTTP endpoint (`SHOP_OTLP_ENDPOINT`, optional
 *   `SHOP_OTLP_HEADERS` as `key=value,…`).
 * - unset or `off`: no spans leave the function; logs and Server-Timing still work.
 */
import type { ContextName } from '../libs/shared/contracts/src/routes';

type Env = Readonly<Record<string, string | undefined>>;

export interface TracingSetup {
  readonly environment: Record<string, string>;
  readonly layers: string[];
  readonly permissions: { actions: string[]; resources: string[] }[];
}

export function tracingSetup(context: ContextName, env: Env = process.env): TracingSetup {
  const mode = env['SHOP_TRACES'] ?? 'off';
  const common = { OTEL_SERVICE_NAME: context, OTEL_TRACES_EXPORTER: 'otlp', OTEL_EXPORTER_OTLP_PROTOCOL: 'http/protobuf' };
  switch (mode) {
    case 'off':
      return { environment: { OTEL_TRACES_EXPORTER: 'none' }, layers: [], permissions: [] };
    case 'xray': {
      const layer = env['SHOP_XRAY_COLLECTOR_LAYER'];
      if (!layer) throw new Error('SHOP_TRACES=xray needs SHOP_XRAY_COLLECTOR_LAYER (the ARN of the AWS Distro for OpenTelemetry collector layer, arm64)');
      return {
        environment: { ...common, OTEL_EXPORTER_OTLP_ENDPOINT: 'http://localhost:4318' },
        layers: [layer],
        permissions: [{ actions: ['xray:PutTraceSegments', 'xray:PutTelemetryRecords'], resources: ['*'] }],
      };
    }
    case 'otlp': {
      const endpoint = env['SHOP_OTLP_ENDPOINT'];
      if (!endpoint || !URL.canParse(endpoint)) throw new Error('SHOP_TRACES=otlp needs SHOP_OTLP_ENDPOINT, an http(s) URL');
      const headers = env['SHOP_OTLP_HEADERS'];
      return { environment: { ...common, OTEL_EXPORTER_OTLP_ENDPOINT: endpoint, ...(headers ? { OTEL_EXPORTER_OTLP_HEADERS: headers } : {}) }, layers: [], permissions: [] };
    }
    default:
      throw new Error(`SHOP_TRACES must be xray, otlp or off, got "${mode}"`);
  }
}

/** The app's arguments with its tracing setup merged in. */
export function withTracing(context: ContextName, args: sst.aws.NextjsArgs): sst.aws.NextjsArgs {
  const { environment, layers, permissions } = tracingSetup(context);
  return {
    ...args,
    environment: $output(args.environment ?? {}).apply((existing) => ({ ...existing, ...environment })),
    server: { ...args.server, layers: $output(args.server?.layers ?? []).apply((existing) => [...existing, ...layers]) },
    permissions: $output(args.permissions ?? []).apply((existing) => [...existing, ...permissions]),
  };
}
