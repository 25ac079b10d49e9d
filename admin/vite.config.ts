import { defineConfig } from 'vite';

/**
 * The admin UI's build: admin/dist, served by the service at `/`. React's JSX through Vite's own transform
 * (oxc); no development server is needed: `npm start` builds when the sources are newer (scripts/build-admin.mjs).
 */
export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  // React's production build whatever NODE_ENV the builder runs under (jest's global setup runs under 'test').
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  oxc: { jsx: { runtime: 'automatic', importSource: 'react', development: false } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    reportCompressedSize: false,
    chunkSizeWarningLimit: 700,
    // Mantine marks its modules 'use client' (for React Server Components): meaningless in this bundle.
    rolldownOptions: { onwarn(warning, warn) { if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning); } },
  },
  server: { proxy: { '/graphql': 'http://127.0.0.1:3000', '/reports': 'http://127.0.0.1:3000', '/news-photos': 'http://127.0.0.1:3000' } },
});
