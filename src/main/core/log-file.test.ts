import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { useTempDir } from '../../../tests/support/temp-dir'
import { createCore } from './create-core'
import { createRotatingLogFile, defaultLogFileName } from './log-file'
import { createLogger } from './logger'
import { MemorySecretStore } from './secrets/memory-store'

const tempDir = useTempDir()

describe('the log file', () => {
  it('writes redacted JSON lines and rotates by size, keeping a bounded number of files', () => {
    const dir = tempDir()
    const file = createRotatingLogFile({ dir, name: defaultLogFileName, maxBytes: 400, keep: 2 })
    const logger = createLogger({ destination: file })
    for (let i = 0; i < 40; i++) logger.info({ apiKey: 'mc-secret-us21', i }, 'tested a connection')
    file.close()
    expect(readdirSync(dir).sort()).toEqual([
      defaultLogFileName,
      `${defaultLogFileName}.1`,
      `${defaultLogFileName}.2`
    ])
    const all = readdirSync(dir)
      .map((name) => readFileSync(join(dir, name), 'utf8'))
      .join('')
    expect(all).not.toContain('mc-secret-us21')
    expect(all).toContain('[redacted]')
    // The newest line is in the current file; rotated files are at most maxBytes each.
    const current = readFileSync(join(dir, defaultLogFileName), 'utf8').trim().split('\n')
    expect(JSON.parse(current.at(-1)!).i).toBe(39)
    for (const name of readdirSync(dir))
      expect(readFileSync(join(dir, name)).length).toBeLessThanOrEqual(400)
  })

  it('is listed with its newest lines by app.logs, and the call says when there is no file', async () => {
    const dir = tempDir()
    const file = createRotatingLogFile({ dir, name: defaultLogFileName })
    const logger = createLogger({ destination: file })
    const core = await createCore({
      dataDir: tempDir(),
      secrets: new MemorySecretStore(),
      version: '1',
      logger,
      logDir: dir
    })
    for (let i = 0; i < 5; i++) logger.info({ i }, 'line')
    const logs = await core.call('app.logs', { lines: 2 })
    expect(logs.folder).toBe(dir)
    expect(logs.files.map((entry) => entry.name)).toEqual([defaultLogFileName])
    expect(logs.files[0].bytes).toBeGreaterThan(0)
    expect(logs.tail.map((line) => JSON.parse(line).i)).toEqual([3, 4])
    await core.close()
    file.close()

    const headless = await createCore({
      dataDir: tempDir(),
      secrets: new MemorySecretStore(),
      version: '1'
    })
    expect(await headless.call('app.logs')).toEqual({ folder: null, files: [], tail: [] })
    await headless.close()
  })
})
