import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Run from the workspace root (`vite build --config apps/console/vite.config.ts`): paths are relative to it.
export default defineConfig({
  root: 'apps/console',
  plugins: [react()],
  build: { outDir: '../../dist/apps/console', emptyOutDir: true, target: 'es2022' },
});
