import { execFile, spawn } from 'node:child_process'
import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readPrintedUrl } from '../e2e/support/kassabrug-serve'
import { createCore } from '../src/main/core/create-core'
import { MemorySecretStore } from '../src/main/core/secrets/memory-store'
import {
  connectionSettings,
  harnessFlows,
  startSimulatorPair,
  type SimulatorPair
} from './support/sync-harness'
import { useTempDir } from './support/temp-dir'

/**
 * The built command on a machine without a keychain: no D-Bus session at all (the bus address
 * points at nothing), credentials given through the environment or a private secrets file, a full
 * `kassabrug sync` against the simulators over real HTTP.
 */
const run = promisify(execFile)
const projectRoot = resolve(__dirname, '..')
const launcher = join(projectRoot, 'bin', 'kassabrug.cjs')
const built = existsSync(join(projectRoot, 'out', 'main', 'cli.js'))
const tempDir = useTempDir('kassabrug-runtime-secrets-')

function withoutKeychain(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DBUS_SESSION_BUS_ADDRESS: `unix:path=${join(tempDir(), 'no-such-bus')}`,
    ...extra
  }
  delete env.KASSABRUG_MAILCHIMP_API_KEY
  delete env.KASSABRUG_MPLUS_SECRET
  delete env.KASSABRUG_SECRETS_FILE
  return { ...env, ...extra }
}

async function kassabrug(
  env: NodeJS.ProcessEnv,
  ...args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [launcher, ...args], { env })
    return { code: 0, stdout, stderr }
  } catch (error) {
    const failure = error as { code: number; stdout: string; stderr: string }
    return { code: failure.code, stdout: failure.stdout, stderr: failure.stderr }
  }
}

describe.skipIf(!built && !process.env.CI)('kassabrug without a keychain (built command)', () => {
  let pair: SimulatorPair
  let dataDir = ''

  beforeAll(async () => {
    pair = await startSimulatorPair({ products: 6, members: 8, seed: 4 })
    // One folder for the whole file (tempDir() folders go after each test).
    dataDir = mkdtempSync(join(tmpdir(), 'kassabrug-runtime-secrets-data-'))
    // Settings only: the secrets never touch a store.
    const core = await createCore({ dataDir, secrets: new MemorySecretStore(), version: 'test' })
    await core.call('settings.update', connectionSettings(pair))
    for (const flow of harnessFlows) await core.call('sync.setFlow', { flow, enabled: true })
    await core.close()
  })
  afterAll(async () => {
    await pair?.close()
    rmSync(dataDir, { recursive: true, force: true })
  })

  it('serve says that no keychain is available and what to do', async () => {
    const child = spawn(
      process.execPath,
      [launcher, 'serve', '--port', '0', '--data-dir', tempDir()],
      { env: withoutKeychain(), stdio: ['ignore', 'pipe', 'pipe'] }
    )
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    try {
      expect(await readPrintedUrl(child)).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//)
      // In the settings' language (Dutch by default), the words of the Setup page.
      expect(stderr).toContain(
        'Geen sleutelhanger beschikbaar: Op deze computer draait geen sleutelhanger'
      )
      expect(stderr).toContain('KASSABRUG_MAILCHIMP_API_KEY=…')
      expect(stderr).toContain('KASSABRUG_MPLUS_SECRET=…')
      expect(stderr).toContain('KASSABRUG_SECRETS_FILE')
    } finally {
      const exited = new Promise((done) => child.once('exit', done))
      child.kill('SIGTERM')
      await exited
    }
  })

  it('status says the same, and where each credential comes from', async () => {
    const status = await kassabrug(
      withoutKeychain({ KASSABRUG_MPLUS_SECRET: pair.mplus.secret }),
      'status',
      '--lang',
      'en',
      '--data-dir',
      dataDir
    )
    expect(status.code).toBe(0)
    expect(status.stdout).toMatch(/Keychain: +Not available: No keychain service is running/)
    expect(status.stdout).toMatch(/mplus +Given at start-up \(\$KASSABRUG_MPLUS_SECRET\)/)
    expect(status.stdout).toMatch(/mailchimp +none/)
    expect(status.stdout).toContain('  KASSABRUG_MAILCHIMP_API_KEY=…')
    expect(status.stdout).not.toContain('  KASSABRUG_MPLUS_SECRET=…')
  })

  it('syncs every enabled flow with the credentials in environment variables', async () => {
    const result = await kassabrug(
      withoutKeychain({
        KASSABRUG_MAILCHIMP_API_KEY: pair.mailchimp.apiKey,
        KASSABRUG_MPLUS_SECRET: pair.mplus.secret
      }),
      'sync',
      '--data-dir',
      dataDir
    )
    expect(result.stderr).toBe('')
    // The fixtures share people between the till and the audience: those are linked, not created.
    const customers = /customers: Gelukt: Nieuw (\d+), Bijgewerkt 0, Gekoppeld (\d+)/.exec(
      result.stdout
    )
    expect(customers, result.stdout).not.toBeNull()
    expect(Number(customers![1]) + Number(customers![2])).toBe(8)
    expect(result.stdout).toMatch(/products: Gelukt: Nieuw \d+/)
    expect(result.code).toBe(0)
    expect(pair.mplus.state.relations.size).toBeGreaterThanOrEqual(8)
  })

  it('reads a private secrets file, and refuses one that others can read', async () => {
    const file = join(tempDir(), 'kassabrug.secrets')
    writeFileSync(
      file,
      `# given at run time\nKASSABRUG_MAILCHIMP_API_KEY=${pair.mailchimp.apiKey}\nKASSABRUG_MPLUS_SECRET = ${pair.mplus.secret}\n`
    )
    chmodSync(file, 0o600)
    const env = withoutKeychain({ KASSABRUG_SECRETS_FILE: file })
    const status = await kassabrug(env, 'status', '--data-dir', dataDir)
    expect(status.stdout).toMatch(
      /mailchimp +Meegegeven bij het starten \(bestand met inloggegevens\)/
    )
    expect(status.stdout).toMatch(/mplus +Meegegeven bij het starten \(bestand met inloggegevens\)/)
    expect(status.stdout).toMatch(/mailchimp +ingericht/)
    expect(status.stdout).not.toContain('Geen sleutelhanger beschikbaar')
    chmodSync(file, 0o640)
    const refused = await kassabrug(env, 'status', '--data-dir', dataDir)
    expect(refused.code).toBe(1)
    expect(refused.stderr).toContain(`${file} may be read by other users (mode 640)`)
    expect(refused.stderr).toContain(`chmod 600 ${file}`)
    const dutch = await kassabrug(env, '--lang', 'nl', 'status', '--data-dir', dataDir)
    expect(dutch.stderr).toBe(
      `kassabrug: KASSABRUG_SECRETS_FILE: ${file} is leesbaar voor andere gebruikers (modus 640); maak het privé met: chmod 600 ${file}\n`
    )
  })
})
