// Builds the dashboard into dist/, which `dyad serve` serves. `npm run dev`
// serves the sources with hot reload and forwards /api to a running server
// (DYAD_API, default http://127.0.0.1:8080).
import { defineConfig } from 'vite';

export default defineConfig({
  base: '/',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    sourcemap: false,
  },
  server: {
    proxy: { '/api': process.env.DYAD_API || 'http://127.0.0.1:8080' },
  },
});
