import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

// The process boundaries of ARCHITECTURE.md are enforced by eslint.config.mjs; this proves the
// rule fires (and stops the suite if someone weakens it).
const eslint = new ESLint()

async function boundaryErrors(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return result.messages
    .filter((message) => message.ruleId === 'no-restricted-imports')
    .map((message) => message.message)
}

const importElectron = "import { app } from 'electron'\nexport const name = app.name\n"
const importCore =
  "import { createCore } from '../../main/core/create-core'\nexport const start = createCore\n"

describe('ESLint process boundaries', () => {
  it('forbids electron in the core, its process, the shared contract and the headless host', async () => {
    for (const file of [
      'src/main/core/boundary-probe.ts',
      'src/main/core-process/boundary-probe.ts',
      'src/shared/boundary-probe.ts',
      'src/main/headless/boundary-probe.ts'
    ]) {
      expect(await boundaryErrors(importElectron, file), file).toHaveLength(1)
    }
  })

  it('forbids the renderer importing main-process code', async () => {
    const errors = await boundaryErrors(importCore, 'src/renderer/src/boundary-probe.ts')
    expect(errors).toHaveLength(1)
    expect(errors[0]).toContain('typed contract')
  })

  it('allows the same imports in the Electron host', async () => {
    expect(await boundaryErrors(importElectron, 'src/main/electron/boundary-probe.ts')).toEqual([])
    expect(
      await boundaryErrors(
        importCore.replace('../../main/core', '../core'),
        'src/main/electron/boundary-probe.ts'
      )
    ).toEqual([])
  })
})
