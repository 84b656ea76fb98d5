import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'electron-vite'

export default defineConfig({
  main: {
    build: {
      // Native modules (better-sqlite3, keytar) and the other runtime deps stay external: they are
      // installed next to the app, and Node 20.19+/Electron load the ESM-only ones via require(esm).
      externalizeDeps: true,
      rollupOptions: {
        input: {
          // The Electron app.
          index: resolve(__dirname, 'src/main/index.ts'),
          // The `kassabrug` command: plain Node, shares the core but never loads electron.
          cli: resolve(__dirname, 'src/main/headless/cli.ts')
        }
      }
    }
  },
  preload: {
    build: {
      // A sandboxed preload may only require 'electron' and a few builtins, so everything else
      // (the contract, zod) is bundled into the one file.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(__dirname, 'src/preload/index.ts') },
        external: ['electron']
      }
    }
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    resolve: { alias: { '@renderer': resolve(__dirname, 'src/renderer/src') } },
    plugins: [react()],
    build: {
      rollupOptions: { input: { index: resolve(__dirname, 'src/renderer/index.html') } }
    }
  }
})
