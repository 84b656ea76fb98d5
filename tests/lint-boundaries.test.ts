import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

// The process boundaries of ARCHITECTURE.md are enforced by eslint.config.mjs; these probes prove
// each rule fires (and stop the suite if someone weakens one), for static imports, import(),
// require() and type imports alike.
const eslint = new ESLint()
const boundaryRules = new Set(['boundaries/process'])

async function boundaryErrors(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return result.messages
    .filter((message) => message.ruleId !== null && boundaryRules.has(message.ruleId))
    .map((message) => message.message)
}

/** The four ways a module can be reached, for one specifier: import, import(), require(), a type. */
function reaching(specifier: string): string[] {
  return [
    `import * as probe from '${specifier}'\nexport const value = probe\n`,
    `export const load = (): Promise<unknown> => import('${specifier}')\n`,
    `// eslint-disable-next-line @typescript-eslint/no-require-imports\nexport const value: unknown = require('${specifier}')\n`,
    `export type Probe = typeof import('${specifier}')\n`
  ]
}

async function expectRefused(specifier: string, file: string, words: RegExp): Promise<void> {
  for (const code of reaching(specifier)) {
    const errors = await boundaryErrors(code, file)
    expect(errors.length, `${file} ← ${code}`).toBeGreaterThan(0)
    expect(errors.join(' '), `${file} ← ${code}`).toMatch(words)
  }
}

async function expectAllowed(specifier: string, file: string): Promise<void> {
  for (const code of reaching(specifier)) {
    expect(await boundaryErrors(code, file), `${file} ← ${code}`).toEqual([])
  }
}

describe('ESLint process boundaries', () => {
  it('forbids electron in the core, its process, the shared contract, the headless host and the simulators', async () => {
    for (const file of [
      'src/main/core/boundary-probe.ts',
      'src/main/core-process/boundary-probe.ts',
      'src/shared/boundary-probe.ts',
      'src/main/headless/boundary-probe.ts',
      'simulators/boundary-probe.ts'
    ]) {
      await expectRefused('electron', file, /Electron code lives in src\/main\/electron/)
    }
  })

  it('keeps src/shared free of Node built-ins, the core and every host', async () => {
    const file = 'src/shared/contract/boundary-probe.ts'
    await expectRefused('node:fs', file, /no Node built-ins/)
    await expectRefused('path', file, /no Node built-ins/)
    await expectRefused('fs/promises', file, /no Node built-ins/)
    await expectRefused('../../main/core/create-core', file, /typed contract/)
    await expectRefused('../../preload/index', file, /typed contract/)
    await expectRefused('../../renderer/src/api', file, /nothing imports it/)
    await expectAllowed('zod', file)
    await expectAllowed('./define', file)
  })

  it('keeps the core free of every host', async () => {
    const file = 'src/main/core/sync/boundary-probe.ts'
    await expectRefused('../../headless/server', file, /hosts import the core/)
    await expectRefused('../../electron/tray', file, /hosts import the core/)
    await expectRefused('../../index', file, /hosts import the core/)
    await expectAllowed('node:fs', file)
    await expectAllowed('../db/open-database', file)
  })

  it('keeps the core free of its own Electron process, which is a host like the others', async () => {
    await expectRefused(
      '../../core-process/serve-core',
      'src/main/core/sync/boundary-probe.ts',
      /hosts import the core/
    )
  })

  it('lets the core process reach the core and its own files, but no other host', async () => {
    const file = 'src/main/core-process/boundary-probe.ts'
    await expectAllowed('./protocol', file)
    await expectAllowed('../core/create-core', file)
    await expectRefused('../electron/tray', file, /hosts import the core/)
    await expectRefused('../headless/server', file, /hosts import the core/)
    await expectRefused('../index', file, /hosts import the core/)
  })

  it('keeps the headless host free of the Electron host', async () => {
    const file = 'src/main/headless/boundary-probe.ts'
    await expectRefused('../electron/tray', file, /not the Electron host/)
    await expectRefused('../core-process/serve-core', file, /not the Electron host/)
    await expectAllowed('../core/create-core', file)
  })

  it('applies the shared and core rules to .tsx, .mts and .cts files too', async () => {
    for (const extension of ['tsx', 'mts', 'cts']) {
      await expectRefused('node:fs', `src/shared/boundary-probe.${extension}`, /no Node built-ins/)
      await expectRefused(
        '../../headless/server',
        `src/main/core/sync/boundary-probe.${extension}`,
        /hosts import the core/
      )
    }
  })

  it('forbids the renderer Node built-ins and main-process code', async () => {
    const file = 'src/renderer/src/boundary-probe.ts'
    await expectRefused('node:path', file, /no Node built-ins/)
    await expectRefused('crypto', file, /no Node built-ins/)
    await expectRefused('../../main/core/create-core', file, /typed contract/)
    await expectRefused('../../preload/index', file, /typed contract/)
    await expectAllowed('../../shared/contract', file)
  })

  it('lets the preload import only electron and the contract', async () => {
    const file = 'src/preload/boundary-probe.ts'
    await expectAllowed('electron', file)
    await expectAllowed('../shared/contract', file)
    await expectAllowed('../shared/bridge', file)
    await expectRefused('../main/core/create-core', file, /typed contract and nothing else/)
    await expectRefused('node:fs', file, /typed contract and nothing else/)
    await expectRefused(
      '../shared/content-security-policy',
      file,
      /typed contract and nothing else/
    )
  })

  it('keeps the simulators free of our client', async () => {
    await expectRefused(
      '../../src/main/core/connectors/mplus/client',
      'simulators/mplus/boundary-probe.ts',
      /written from the reference/
    )
  })

  it('refuses a computed module name where it cannot be checked', async () => {
    const code =
      "const name = 'electron'\nexport const load = (): Promise<unknown> => import(name)\n"
    expect(await boundaryErrors(code, 'src/shared/boundary-probe.ts')).toEqual([
      expect.stringMatching(/literal module name/)
    ])
  })

  it('allows the same imports in the Electron host', async () => {
    await expectAllowed('electron', 'src/main/electron/boundary-probe.ts')
    await expectAllowed('../core/create-core', 'src/main/electron/boundary-probe.ts')
  })
})
