'use client';
import { createSliceClient } from '@tractor/slice/client';
import type { AppRouter } from '@/server/root';

const client = createSliceClient<AppRouter>('decide');

/** `<TrpcProvider>` around the client components that call decide's BFF with `useTRPC()`. */
export const TrpcProvider = client.TrpcProvider;
export const useTRPC = client.useTRPC;
