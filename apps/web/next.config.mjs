// The Kordon dashboard. Built with `next build apps/web` from the repo root; the
// API URL and token are read at request time (src/server/config.ts), never baked in.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  outputFileTracingRoot: repoRoot,
  turbopack: { root: repoRoot },
  typescript: { tsconfigPath: 'tsconfig.json' },
};

export default nextConfig;
