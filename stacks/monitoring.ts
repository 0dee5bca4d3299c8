/**
 * What a team watches in production, in its own context's stack: a CloudWatch dashboard, an SNS
 * topic its people subscribe to, and alarms on the server's 5xx rate, its p95 duration, the
 * fallback rate of the fragments it includes, and the fallback rate of each fragment it serves as
 * every consumer sees it. Request figures come from the server function's URL metrics; fragment
 * figures from the one JSON line every include logs (see @tractor/telemetry), counted by log metric
 * filters in each consumer's log group into one shared namespace per fragment.
 */
import { fragments } from '../libs/shared/contracts/src/fragments';
import type { ContextName } from '../libs/shared/contracts/src/routes';
import { resourceNames } from '../libs/platform/runtime-config/src/resource-names';

/** Alarm thresholds; a team may tune its own by passing others. */
export const defaultThresholds = { errorRatePercent: 2, p95Ms: 1500, fallbackRatePercent: 5 } as const;

const fragmentNamespace = 'TractorStore/Fragments';
const period = 300;

export function contextMonitoring(context: ContextName, app: sst.aws.Nextjs, thresholds = defaultThresholds) {
  const prefix = resourceNames(context).app;
  const server = app.nodes.server;
  if (!server) throw new Error(`${context}: the app has no server function to monitor`);
  const functionName = server.nodes.function.name;
  const logGroupName = server.nodes.logGroup.apply((group) => group?.name ?? $interpolate`/aws/lambda/${functionName}`);
  const ownNamespace = `TractorStore/${context}`;
  const owned = Object.entries(fragments).filter(([, fragment]) => fragment.context === context).map(([id]) => id);

  // Every include this context makes, counted for itself and for the fragment's owner.
  const includeLines = '{ ($.msg = "include") || ($.msg = "fragment include failed") }';
  const fallbackLines = '{ $.msg = "fragment include failed" }';
  const filters = [
    ['Includes', includeLines, ownNamespace, 'IncludesMade', undefined],
    ['Fallbacks', fallbackLines, ownNamespace, 'IncludeFallbacks', undefined],
    ['FragmentIncludes', includeLines, fragmentNamespace, 'FragmentIncludes', { Fragment: '$.fragment' }],
    ['FragmentFallbacks', fallbackLines, fragmentNamespace, 'FragmentFallbacks', { Fragment: '$.fragment' }],
  ] as const;
  for (const [suffix, pattern, namespace, name, dimensions] of filters) {
    new aws.cloudwatch.LogMetricFilter(`${prefix}${suffix}Metric`, {
      logGroupName,
      pattern,
      metricTransformation: { name, namespace, value: '1', unit: 'Count', ...(dimensions ? { dimensions } : {}) },
    });
  }

  const topic = new aws.sns.Topic(`${prefix}Alarms`);
  const actions = { alarmActions: [topic.arn], okActions: [topic.arn] };
  const lambda = (metricName: string, stat: string): Metric => ({ namespace: 'AWS/Lambda', metricName, period, stat, dimensions: { FunctionName: functionName } });
  type Metric = aws.types.input.cloudwatch.MetricAlarmMetricQueryMetric;
  const rate = (name: string, description: string, failed: Metric, total: Metric, threshold: number) =>
    new aws.cloudwatch.MetricAlarm(name, {
      alarmDescription: description,
      comparisonOperator: 'GreaterThanThreshold',
      threshold,
      evaluationPeriods: 3,
      datapointsToAlarm: 2,
      treatMissingData: 'notBreaching',
      metricQueries: [
        { id: 'failed', metric: failed },
        { id: 'total', metric: total },
        { id: 'rate', expression: 'IF(total > 0, 100 * failed / total, 0)', label: 'percent', returnData: true },
      ],
      ...actions,
    });

  const alarms = [
    rate(`${prefix}ErrorRateAlarm`, `${context}: more than ${thresholds.errorRatePercent}% of requests answered 5xx`, lambda('Url5xxCount', 'Sum'), lambda('UrlRequestCount', 'Sum'), thresholds.errorRatePercent),
    new aws.cloudwatch.MetricAlarm(`${prefix}LatencyAlarm`, {
      alarmDescription: `${context}: p95 duration above ${thresholds.p95Ms} ms`,
      namespace: 'AWS/Lambda',
      metricName: 'UrlRequestLatency',
      dimensions: { FunctionName: functionName },
      extendedStatistic: 'p95',
      period,
      comparisonOperator: 'GreaterThanThreshold',
      threshold: thresholds.p95Ms,
      evaluationPeriods: 3,
      datapointsToAlarm: 2,
      treatMissingData: 'notBreaching',
      ...actions,
    }),
    rate(
      `${prefix}IncludeFallbackAlarm`,
      `${context}: more than ${thresholds.fallbackRatePercent}% of the fragments it includes fell back`,
      { namespace: ownNamespace, metricName: 'IncludeFallbacks', period, stat: 'Sum' },
      { namespace: ownNamespace, metricName: 'IncludesMade', period, stat: 'Sum' },
      thresholds.fallbackRatePercent,
    ),
    ...owned.map((id) =>
      rate(
        `${prefix}${alarmName(id)}FallbackAlarm`,
        `${id}: more than ${thresholds.fallbackRatePercent}% of its includes, on any team's page, fell back`,
        { namespace: fragmentNamespace, metricName: 'FragmentFallbacks', period, stat: 'Sum', dimensions: { Fragment: id } },
        { namespace: fragmentNamespace, metricName: 'FragmentIncludes', period, stat: 'Sum', dimensions: { Fragment: id } },
        thresholds.fallbackRatePercent,
      ),
    ),
  ];

  const region = aws.getRegionOutput().region;
  const dashboard = new aws.cloudwatch.Dashboard(`${prefix}Dashboard`, {
    dashboardName: `${$app.name}-${$app.stage}-${context}`,
    dashboardBody: $jsonStringify({
      widgets: [
        widget(0, 'Requests and 5xx', region, [
          ['AWS/Lambda', 'UrlRequestCount', 'FunctionName', functionName, { stat: 'Sum' }],
          ['AWS/Lambda', 'Url5xxCount', 'FunctionName', functionName, { stat: 'Sum' }],
        ]),
        widget(1, 'Duration p50 / p95 (ms)', region, [
          ['AWS/Lambda', 'UrlRequestLatency', 'FunctionName', functionName, { stat: 'p50' }],
          ['AWS/Lambda', 'UrlRequestLatency', 'FunctionName', functionName, { stat: 'p95' }],
        ]),
        widget(2, 'Fragments it includes: made / fell back', region, [
          [ownNamespace, 'IncludesMade', { stat: 'Sum' }],
          [ownNamespace, 'IncludeFallbacks', { stat: 'Sum' }],
        ]),
        widget(3, 'Fragments it serves: fallbacks on any page', region, owned.length ? owned.map((id) => [fragmentNamespace, 'FragmentFallbacks', 'Fragment', id, { stat: 'Sum' }]) : [[fragmentNamespace, 'FragmentFallbacks', 'Fragment', 'none']]),
        { type: 'alarm', x: 0, y: 12, width: 24, height: 3, properties: { title: `${context} alarms`, alarms: alarms.map((alarm) => alarm.arn) } },
      ],
    }),
  });
  return { dashboard, alarms, topic };
}

function widget(index: number, title: string, region: $util.Input<string>, metrics: unknown[]) {
  return { type: 'metric', x: (index % 2) * 12, y: Math.floor(index / 2) * 6, width: 12, height: 6, properties: { title, region, metrics, period, view: 'timeSeries' } };
}

/** `checkout/mini-cart` → `MiniCart`. */
function alarmName(id: string): string {
  const name = id.split('/')[1] ?? id;
  return name.split('-').map((part) => part.charAt(0).toUpperCase() + part.slice(1)).join('');
}
