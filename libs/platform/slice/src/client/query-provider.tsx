/**
 * Client components reach their own context's BFF through TanStack Query, at the manifest's tRPC
 * path, with one stale time for every slice. An app binds it to its router type once, in a module
 * marked `'use client'`:
 *
 *   export const { TrpcProvider, useTRPC } = createSliceClient<AppRouter>('checkout');
 */
import { trpcPath, type ContextName } from '@tractor/contracts';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createTRPCClient, httpBatchLink } from '@trpc/client';
import type { AnyTRPCRouter } from '@trpc/server';
import { createTRPCContext } from '@trpc/tanstack-react-query';
import { useState, type ReactNode } from 'react';
import { maxBatchSize } from '../batch-limit';

/** How long a query's data counts as fresh: long enough to share one read across a page's components. */
export const staleTime = 5_000;

export function createSliceClient<Router extends AnyTRPCRouter>(context: ContextName) {
  const { TRPCProvider, useTRPC } = createTRPCContext<Router>();

  function TrpcProvider({ children }: { children: ReactNode }) {
    const [queryClient] = useState(() => new QueryClient({ defaultOptions: { queries: { staleTime } } }));
    // The slices send plain JSON (no transformer), so the link needs no router type of its own.
    const [trpcClient] = useState(() => createTRPCClient<Router>({ links: [httpBatchLink<AnyTRPCRouter>({ url: trpcPath(context), maxItems: maxBatchSize })] }));
    return (
      <QueryClientProvider client={queryClient}>
        <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
          {children}
        </TRPCProvider>
      </QueryClientProvider>
    );
  }

  return { TrpcProvider, useTRPC };
}
