// @ts-check
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import { processBoundaries } from './eslint-rules/process-boundaries.mjs'

/** The process boundaries of ARCHITECTURE.md, enforced rather than remembered. */
const electron = {
  modules: ['electron'],
  message: 'Plain Node code: Electron code lives in src/main/electron/.'
}
const nodeBuiltins = { builtins: true, message: 'Runs in the browser too: no Node built-ins.' }
const mainProcess = {
  folders: ['src/main', 'src/preload'],
  message: 'Talks to the core only through the typed contract (src/shared/contract.ts).'
}
const renderer = {
  folders: ['src/renderer'],
  message: 'The renderer is a client of the contract; nothing imports it.'
}
const hosts = {
  folders: [
    'src/main/electron',
    'src/main/core-process',
    'src/main/headless',
    'src/main/index',
    'src/preload',
    'src/renderer'
  ],
  message: 'The core runs under every host: hosts import the core, never the other way round.'
}
/** @param {string} self the host folder that may reach its own files */
const otherHosts = (self) => ({
  ...hosts,
  folders: hosts.folders.filter((folder) => folder !== self)
})
const electronHost = {
  folders: [
    'src/main/electron',
    'src/main/core-process',
    'src/main/index',
    'src/preload',
    'src/renderer'
  ],
  message: 'The headless host shares the core with Electron, not the Electron host itself.'
}
const ourClient = {
  folders: ['src'],
  message:
    'Simulators are written from the reference, not from our client: sharing code would hide mistakes.'
}
const onlyTheContract = {
  modules: ['electron'],
  folders: ['src/shared/contract', 'src/shared/bridge'],
  message:
    'The preload exposes the typed contract and nothing else: import only electron and src/shared/contract or bridge.'
}

/** @param {object} zone the options of boundaries/process */
const boundary = (zone) => ({ 'boundaries/process': ['error', zone] })

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    plugins: { boundaries: { rules: { process: processBoundaries } } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
      ],
      '@typescript-eslint/consistent-type-imports': 'error'
    }
  },
  {
    files: ['src/shared/**/*.{ts,tsx,mts,cts}'],
    rules: boundary({ forbid: [electron, nodeBuiltins, mainProcess, renderer] })
  },
  {
    files: ['src/main/core/**/*.{ts,tsx,mts,cts}'],
    rules: boundary({ forbid: [electron, hosts] })
  },
  // The core's own process (Electron's utility process) talks through process.parentPort.
  {
    files: ['src/main/core-process/**/*.ts'],
    rules: boundary({ forbid: [electron, otherHosts('src/main/core-process')] })
  },
  { files: ['src/main/headless/**/*.ts'], rules: boundary({ forbid: [electron, electronHost] }) },
  { files: ['src/preload/**/*.{ts,mts,cts}'], rules: boundary({ onlyAllow: onlyTheContract }) },
  { files: ['simulators/**/*.ts'], rules: boundary({ forbid: [electron, ourClient] }) },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...boundary({ forbid: [electron, nodeBuiltins, mainProcess] })
    }
  }
)
