import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { trpcPath } from '@tractor/contracts';
import { createContext } from '@/server/context';
import { appRouter } from '@/server/root';

// explore has no basePath, so the endpoint is the full namespaced path.
const endpoint = trpcPath('explore');

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
