import { defineConfig } from 'vite';

/**
 * The fact-checker's page, built into dist/web, which the API server serves at `/`. Paths are
 * relative to the project root, where `npm run build` runs.
 */
export default defineConfig({
  root: 'web',
  base: '/',
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    assetsDir: 'assets',
    reportCompressedSize: true,
  },
});
