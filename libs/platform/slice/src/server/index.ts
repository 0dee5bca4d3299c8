/** Server-only building blocks of a slice (route handlers, server components, the BFF). */
import 'server-only';

export { initSlice } from './init-slice';
export { databaseContext, requestScope, type SliceContext } from './slice-context';
export { trpcRouteHandler, trpcEndpoint, type TrpcRouteOptions } from './trpc-route-handler';
export { fragmentRoute, badFragmentRequest, type FragmentRequest } from './fragment-route';
export { serverCaller, requestCaller } from './server-caller';
export { maxBatchSize } from '../batch-limit';
