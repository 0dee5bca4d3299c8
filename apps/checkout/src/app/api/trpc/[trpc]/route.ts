import { createLogger, requestIdFrom } from '@tractor/bff';
import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { createContext } from '@/server/context';
import { crossSiteRefusal, isCrossSite } from '@/server/cross-site';
import { appRouter } from '@/server/root';

// Next strips the basePath from route handler URLs: the browser calls /checkout/api/trpc.
const endpoint = '/api/trpc';

function handler(req: Request) {
  // Mutations arrive as POST (queries as GET): another site must not make a shopper's browser send one.
  if (req.method !== 'GET' && isCrossSite(req.headers)) return crossSiteRefusal();
  const log = createLogger({ context: 'checkout', requestId: requestIdFrom(req.headers) });
  return fetchRequestHandler({
    endpoint,
    req,
    router: appRouter,
    createContext: ({ resHeaders }) => createContext(req.headers, resHeaders),
    onError: ({ error, path }) => {
      if (error.code === 'INTERNAL_SERVER_ERROR') log.error('bff procedure failed', { path, error: error.message });
    },
  });
}

export { handler as GET, handler as POST };
