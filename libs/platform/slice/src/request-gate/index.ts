export { createRequestGate, gateAnswer, gateRequestOf, type GateOptions, type GateOutcome, type GateRequest, type RequestGate } from './request-gate';
export { installRequestGate } from './node-request-gate';
export { withRequestGate } from './lambda-request-gate';
