import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import renderer from './renderer/vite.config';

// Per-process builds: main (Node, electron), preload (one sandboxed CommonJS file), renderer.
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // The report worker is its own entry: main/core/platform/jobs starts it as out/main/report-worker.js.
      rollupOptions: { input: { index: resolve(__dirname, 'main/electron/index.ts'), 'report-worker': resolve(__dirname, 'main/core/report-worker.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve(__dirname, 'main/electron/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  // The same renderer build as browser mode's (renderer/vite.config.ts), so both ship one bundle.
  renderer: {
    ...renderer,
    root: resolve(__dirname, 'renderer'),
    build: {
      ...renderer.build,
      minify: true,
      outDir: resolve(__dirname, 'out/renderer'),
      rolldownOptions: { ...renderer.build?.rolldownOptions, input: { index: resolve(__dirname, 'renderer/index.html') } },
    },
  },
});
