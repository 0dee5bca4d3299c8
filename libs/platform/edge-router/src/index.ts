export { createEdgeRouter, type EdgeRouter, type EdgeRouterOptions } from './create-edge-router';
export { defaultLimits, type RouterLimits } from './limits';
export { defaultUpstreams, type Upstream, type Upstreams } from './upstreams';
export type { Logger } from './access-log';
