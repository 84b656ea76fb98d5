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
      const dutch = await failed(
        ['serve', '-l', 'nl', '--port', String(port), '-d', tempDir()],
        withLocale()
      )
      expect(dutch.stderr).toContain(`kassabrug: poort ${port} op 127.0.0.1 is al in gebruik`)
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

/** The environment without a locale, plus `locale` (help and argument errors follow it). */
function withLocale(locale: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env = { ...process.env }
  delete env.LC_ALL
  delete env.LC_MESSAGES
  delete env.LANG
  return { ...env, ...locale }
}

async function failed(args: string[], env: NodeJS.ProcessEnv) {
  return run(process.execPath, [launcher, ...args], { env }).then(
    () => ({ code: 0, stderr: '' }),
    (error: { code: number; stderr: string }) => error
  )
}

requireBuild('the kassabrug command speaks nl, fr and en before any database is open', () => {
  // Words commander would print in English, and what each language says instead.
  const english = [
    'Usage:',
    'Options:',
    'Commands:',
    'display help for command',
    'output the version'
  ]
  const words = {
    nl: ['Gebruik:', 'Opties:', 'Opdrachten:', 'toon deze hulp', 'toon het versienummer'],
    fr: ['Utilisation :', 'Options :', 'Commandes :', 'afficher cette aide', 'afficher le numéro'],
    en: ['Usage:', 'Options:', 'Commands:', 'show this help', 'print the version number']
  }

  it('shows the help in the language --lang names, or the system locale, else English', async () => {
    const helps = {
      nl: await run(process.execPath, [launcher, '--lang', 'nl', '--help'], { env: withLocale() }),
      nlLocale: await run(process.execPath, [launcher, '--help'], {
        env: withLocale({ LANG: 'nl_NL.UTF-8' })
      }),
      fr: await run(process.execPath, [launcher, '--help', '-l', 'fr'], {
        env: withLocale({ LANG: 'nl_NL.UTF-8' })
      }),
      en: await run(process.execPath, [launcher, '--help'], { env: withLocale() })
    }
    for (const [name, { stdout }] of Object.entries(helps)) {
      const language = name.slice(0, 2) as keyof typeof words
      for (const word of words[language])
        expect({ name, stdout }).toMatchObject({ stdout: expect.stringContaining(word) })
      if (language !== 'en')
        for (const word of english.filter((w) => !words[language].includes(w)))
          expect({ name, stdout }).not.toMatchObject({ stdout: expect.stringContaining(word) })
    }
    expect(helps.nl.stdout).toContain('Houdt een MplusKASSA-kassa en een Mailchimp-account gelijk.')
    expect(helps.fr.stdout).toMatch(/db +vérifier, sauvegarder ou restaurer la base de données/)
  })

  it('words the help of a subcommand, its defaults included', async () => {
    const { stdout } = await run(process.execPath, [launcher, 'sync', '--help', '--lang=nl'], {
      env: withLocale()
    })
    expect(stdout).toContain('Gebruik: kassabrug sync [opties]')
    expect(stdout).toContain('-n, --limit <aantal>')
    expect(stdout).toMatch(/aantal records om te tonen met --dry-run \(standaard: 10\)/)
    expect(stdout).toContain('map voor de database')
    expect(stdout).not.toContain('default:')
  })

  it('words an unknown option, a missing value and a bad port in the chosen language', async () => {
    const cases = [
      {
        env: withLocale({ LC_ALL: 'fr_BE.UTF-8' }),
        unknown: 'option inconnue --colour',
        missing: 'demande une valeur',
        port: 'un port est un nombre entier de 0 à 65535',
        hint: 'kassabrug --help indique'
      },
      {
        env: withLocale({ LC_MESSAGES: 'nl_BE.UTF-8' }),
        unknown: 'onbekende optie --colour',
        missing: 'heeft een waarde nodig',
        port: 'een poort is een geheel getal van 0 tot 65535',
        hint: 'kassabrug --help toont'
      },
      {
        env: withLocale(),
        unknown: 'unknown option --colour',
        missing: 'needs a value',
        port: 'a port is a whole number from 0 to 65535',
        hint: 'kassabrug --help shows'
      }
    ]
    for (const { env, unknown, missing, port, hint } of cases) {
      const badOption = await failed(['status', '--colour'], env)
      expect(badOption).toMatchObject({ code: 1 })
      expect(badOption.stderr).toContain(`kassabrug: ${unknown}.`)
      expect(badOption.stderr).toContain(hint)
      expect((await failed(['serve', '--port'], env)).stderr).toContain(missing)
      const badPort = await failed(['serve', '--port', '70000'], env)
      expect(badPort).toMatchObject({ code: 1 })
      expect(badPort.stderr).toContain('70000')
      expect(badPort.stderr).toContain(port)
    }
    // --lang wins over the locale, also for its own refusal.
    const refused = await failed(['--lang', 'de', 'status'], withLocale({ LANG: 'fr_FR.UTF-8' }))
    expect(refused.stderr).toContain('la langue est l’une de nl, en, fr.')
    const dutch = await failed(['-l', 'nl', 'frobnicate'], withLocale({ LANG: 'fr_FR.UTF-8' }))
    expect(dutch.stderr).toContain('kassabrug: onbekende opdracht frobnicate.')
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
