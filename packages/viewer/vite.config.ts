import { defineConfig } from 'vite';

// In development (`pnpm --filter @vnkg/viewer dev`) the API runs beside it on 8080 (`pnpm start`).
export default defineConfig({
  server: { proxy: { '/api': 'http://localhost:8080' } },
  build: { outDir: 'dist', emptyOutDir: true },
});
