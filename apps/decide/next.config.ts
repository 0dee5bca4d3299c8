import type { NextConfig } from 'next';
import { basePath } from '@tractor/contracts';
import './src/env';

const config: NextConfig = {
  basePath: basePath('decide'),
  transpilePackages: ['@tractor/contracts', '@tractor/ui', '@tractor/bff'],
  poweredByHeader: false,
  reactStrictMode: true,
  // The workspace's `typecheck` target checks types; the build only compiles.
  typescript: { ignoreBuildErrors: true },
};

export default config;
