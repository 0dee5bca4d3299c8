export { createEdgeRouter, type EdgeRouter, type EdgeRouterOptions } from './create-edge-router';
export { defaultUpstreams, type Upstream, type Upstreams } from './upstreams';
export type { Logger } from './access-log';
