import { trpcRouteHandler } from '@tractor/slice/server';
import { createContext } from '@/server/context';
import { appRouter } from '@/server/root';

const handler = trpcRouteHandler({ context: 'explore', router: appRouter, createContext: (req) => createContext(req.headers) });

export { handler as GET, handler as POST };
