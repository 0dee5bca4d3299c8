/** Lambda entry: per-request telemetry around OpenNext's handler. Import from the OpenNext config's wrapper. */
export { headerOf, withLambdaRequestTelemetry, type LambdaAnswer, type LambdaRequest, type LambdaTelemetryOptions } from './lambda-request-telemetry';
