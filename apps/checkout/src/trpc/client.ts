'use client';
import { createSliceClient } from '@tractor/slice/client';
import type { AppRouter } from '@/server/root';

const client = createSliceClient<AppRouter>('checkout');

/** `<TrpcProvider>` around the client components that call checkout's BFF with `useTRPC()`. */
export const TrpcProvider = client.TrpcProvider;
export const useTRPC = client.useTRPC;
