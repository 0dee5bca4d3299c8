import { trpcRouteHandler } from '@tractor/slice/server';
import { createContext } from '@/server/context';
import { crossSiteRefusal, isCrossSite } from '@/server/http/cross-site';
import { appRouter } from '@/server/root';

const handler = trpcRouteHandler({
  context: 'checkout',
  router: appRouter,
  createContext: (req, resHeaders) => createContext(req.headers, resHeaders),
  // Mutations arrive as POST (queries as GET): another site must not make a shopper's browser send one.
  guard: (req) => (req.method !== 'GET' && isCrossSite(req.headers) ? crossSiteRefusal() : undefined),
});

export { handler as GET, handler as POST };
