import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'electron-vite'
import type { Plugin } from 'vite'
import {
  contentSecurityPolicyForMeta,
  developmentContentSecurityPolicy
} from './src/shared/content-security-policy'

/** Writes the shared policy into index.html's meta tag, so it cannot drift from the header. */
const contentSecurityPolicyMeta: Plugin = {
  name: 'kassabrug-content-security-policy-meta',
  transformIndexHtml: (html, context) =>
    html.replace(
      '__CONTENT_SECURITY_POLICY__',
      context.server ? developmentContentSecurityPolicy : contentSecurityPolicyForMeta
    )
}

export default defineConfig({
  main: {
    build: {
      // Native modules (better-sqlite3, @napi-rs/keyring) and the other runtime deps stay external
      // (electron-vite externalizes `dependencies`): they are installed next to the app, and Node
      // 20.19+/Electron load the ESM-only ones via require(esm).
      rollupOptions: {
        input: {
          // The Electron app (main process: window, tray, relay).
          index: resolve(__dirname, 'src/main/index.ts'),
          // Electron's utility process that runs the core (utilityProcess.fork).
          'core-process': resolve(__dirname, 'src/main/core-process/index.ts'),
          // The `kassabrug` command: plain Node, shares the core but never loads electron.
          cli: resolve(__dirname, 'src/main/headless/cli.ts')
        },
        // The code both entries share (the core, the contract); named for what it is.
        output: { chunkFileNames: 'chunks/core-[hash].js' }
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
    plugins: [react(), contentSecurityPolicyMeta],
    build: {
      // electron-vite leaves minification off; the renderer is served to browsers too.
      minify: true,
      rollupOptions: { input: { index: resolve(__dirname, 'src/renderer/index.html') } }
    }
  }
})
