import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { createContext } from '@/server/context';
import { appRouter } from '@/server/root';

// Next strips the basePath from route handler URLs: the browser calls /checkout/api/trpc.
const endpoint = '/api/trpc';

function handler(req: Request) {
  const ctx = createContext(req.headers);
  return fetchRequestHandler({
    endpoint,
    req,
    router: appRouter,
    createContext: () => ctx,
    onError: ({ error, path }) => {
      if (error.code === 'INTERNAL_SERVER_ERROR') ctx.log.error('bff procedure failed', { path, error: error.message });
    },
  });
}

export { handler as GET, handler as POST };
