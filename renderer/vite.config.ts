import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The renderer: one page (index.html) served from out/renderer by browser mode and loaded by the
 * Electron window. Relative base so the same build works from file:// and from http://127.0.0.1.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  plugins: [react()],
  build: {
    outDir: '../out/renderer',
    emptyOutDir: true,
    // The app runs in Chromium 130+ (Electron and browser mode alike).
    target: 'chrome120',
    // ag-grid alone is ~0.9 MB minified: it loads with the first table screen, not at start.
    chunkSizeWarningLimit: 1000,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // React first: otherwise the grid's group would pull it (ag-grid-react needs it) out of the start chunk.
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|i18next|react-i18next)[\\/]/, priority: 2 },
            { name: 'grid', test: /node_modules[\\/](ag-grid-community|ag-grid-react|ag-stack)[\\/]/ },
            { name: 'zod', test: /node_modules[\\/]zod[\\/]/ },
          ],
        },
      },
    },
  },
});
