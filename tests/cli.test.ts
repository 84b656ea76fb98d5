import { copyFileSync, mkdirSync } from 'node:fs'
import { createServer, type AddressInfo } from 'node:net'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { builtCliAvailable, launcher, run } from './support/built-cli'
import { useTempDir } from './support/temp-dir'

const requireBuild = builtCliAvailable ? describe : describe.skip
const tempDir = useTempDir('kassabrug-cli-')

requireBuild('the kassabrug command (built bundle)', () => {
  it('prints app.status as JSON for the given data folder', async () => {
    const dataDir = tempDir()
    const { stdout } = await run(process.execPath, [
      launcher,
      'status',
      '--json',
      '--data-dir',
      dataDir
    ])
    const status = JSON.parse(stdout)
    expect(status.dataDir).toBe(dataDir)
    expect(status.database.path).toBe(join(dataDir, 'kassabrug.sqlite'))
    expect(status.database.schemaVersion).toBeGreaterThan(0)
    expect(status.connections.mailchimp.missing).toContain('apiKey')
    // `npm test` runs vitest inside a D-Bus session with an unlocked keyring: there the built
    // command must reach the real keychain (vite's module interop in vitest cannot hide a
    // loading bug in the bundle).
    if (process.env.DBUS_SESSION_BUS_ADDRESS) {
      expect(status.keychain).toEqual({
        available: true,
        backend: 'keychain',
        problem: null,
        reason: null
      })
    }
  })

  it('prints a readable status in the settings language (Dutch by default), KASSABRUG_DATA_DIR picking the folder', async () => {
    const dataDir = tempDir()
    const { stdout } = await run(process.execPath, [launcher, 'status'], {
      env: { ...process.env, KASSABRUG_DATA_DIR: dataDir }
    })
    expect(stdout).toMatch(new RegExp(`^Gegevensmap: +${dataDir}$`, 'm'))
    expect(stdout).toMatch(/^Schemaversie: +\d+ \(Laatste migratie: \d{4}-/m)
    expect(stdout).toContain('mplus      niet ingericht, ontbreekt: Server, Poort, Ident, Geheim')
    // Never "idle" on an install that cannot sync: not set up, with what is missing.
    expect(stdout).toMatch(
      /^Synchronisatie: +Nog niet ingericht\. Nog nodig: Mailchimp \(API-sleutel, Doelgroep, Winkel\), MplusKASSA \(Server, Poort, Ident, Geheim\)\.$/m
    )
    // The labels line up whatever their language.
    const values = stdout
      .split('\n')
      .slice(1, 6)
      .map((line) => line.search(/(?<=: +)\S/))
    expect(new Set(values).size).toBe(1)
  })

  it('prints in the language --lang names, before or after the command', async () => {
    const dataDir = tempDir()
    const after = await run(process.execPath, [launcher, 'status', '--lang', 'en', '-d', dataDir])
    expect(after.stdout).toMatch(new RegExp(`^Data folder: +${dataDir}$`, 'm'))
    expect(after.stdout).toContain('mplus      not set up, missing: Server, Port, Ident, Secret')
    const before = await run(process.execPath, [launcher, '--lang', 'fr', 'status', '-d', dataDir])
    expect(before.stdout).toMatch(/^Synchronisation: +Pas encore configuré/m)
    const refused = await run(process.execPath, [launcher, '--lang', 'de', 'status']).catch(
      (error: { code: number; stderr: string }) => error
    )
    expect(refused).toMatchObject({ code: 1 })
    expect((refused as { stderr: string }).stderr).toContain('one of nl, en, fr')
  })

  it('refuses to sync an install that is not set up, saying what is missing, with exit code 1', async () => {
    const failure = await run(process.execPath, [launcher, 'sync', '--data-dir', tempDir()]).catch(
      (error: { code: number; stderr: string }) => error
    )
    expect(failure).toMatchObject({ code: 1 })
    expect((failure as { stderr: string }).stderr).toBe(
      'Nog niet ingericht. Nog nodig: Mailchimp (API-sleutel, Doelgroep, Winkel), MplusKASSA (Server, Poort, Ident, Geheim).\n' +
        'Synchroniseren kan pas als Kassabrug is ingericht. Open de app of de wizard.\n'
    )
  })

  it('says so when the port is taken', async () => {
    const occupant = createServer()
    await new Promise<void>((done) => occupant.listen(0, '127.0.0.1', done))
    const { port } = occupant.address() as AddressInfo
    try {
      const failure = await run(process.execPath, [
        launcher,
        'serve',
        '--port',
        String(port),
        '--data-dir',
        tempDir()
      ]).catch((error: { code: number; stderr: string }) => error)
      expect(failure).toMatchObject({ code: 1 })
      expect((failure as { stderr: string }).stderr).toContain(
        `port ${port} on 127.0.0.1 is already in use`
      )
    } finally {
      occupant.close()
    }
  })

  it('rejects a bad port with a clear message', async () => {
    const failure = await run(process.execPath, [launcher, 'serve', '--port', '70000']).catch(
      (error: { code: number; stderr: string }) => error
    )
    expect(failure).toMatchObject({ code: 1 })
    expect((failure as { stderr: string }).stderr).toContain(
      'a port is a whole number from 0 to 65535'
    )
  })
})

describe('the kassabrug launcher before a build', () => {
  it('says to run npm run build first', async () => {
    const checkout = tempDir()
    mkdirSync(join(checkout, 'bin'))
    copyFileSync(launcher, join(checkout, 'bin', 'kassabrug.cjs'))
    const failure = await run(process.execPath, [
      join(checkout, 'bin', 'kassabrug.cjs'),
      'status'
    ]).catch((error: { code: number; stderr: string }) => error)
    expect(failure).toMatchObject({ code: 1 })
    expect((failure as { stderr: string }).stderr).toContain('run npm run build first')
  })
})
