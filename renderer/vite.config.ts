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
    chunkSizeWarningLimit: 1200,
  },
});
