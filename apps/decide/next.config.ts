import type { NextConfig } from 'next';
import { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_BUILD } from 'next/constants';
import { basePath } from '@tractor/contracts';
import { buildElements } from '@tractor/elements';
import './src/env';

export default async function config(phase: string): Promise<NextConfig> {
  // Custom elements ship as standalone scripts beside the app; their content hash busts caches.
  const bundle = phase === PHASE_PRODUCTION_BUILD || phase === PHASE_DEVELOPMENT_SERVER;
  const elements = bundle ? await buildElements({ appDir: process.cwd(), context: 'decide', watch: phase === PHASE_DEVELOPMENT_SERVER }) : null;
  return {
    basePath: basePath('decide'),
    transpilePackages: ['@tractor/contracts', '@tractor/ui', '@tractor/bff', '@tractor/fragments', '@tractor/runtime-config'],
    poweredByHeader: false,
    reactStrictMode: true,
    env: elements ? { ELEMENTS_VERSION: elements.version } : {},
    // The workspace's `typecheck` target checks types; the build only compiles.
    typescript: { ignoreBuildErrors: true },
  };
}
