import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Configuration } from 'electron-builder'
// The YAML parser electron-builder itself reads its config with (a dependency of electron-builder;
// its loader proper wants the Electron binary, which this machine does not have).
import { load } from 'js-yaml'
import { describe, expect, it } from 'vitest'
import { appId } from '../src/main/electron/app-id'
import { trayIconFile, trayIcons } from '../src/main/electron/tray-model'

const root = join(__dirname, '..')
const config = load(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as Configuration
const targets = (value: unknown): unknown[] => (Array.isArray(value) ? value : [value])

describe('packaging (electron-builder.yml)', () => {
  it('builds NSIS, DMG, AppImage and deb under the app id the Windows AppUserModelID uses', () => {
    expect(config.appId).toBe(appId)
    expect(targets(config.win?.target)).toEqual(['nsis'])
    expect(targets(config.mac?.target)).toEqual(['dmg'])
    expect(targets(config.linux?.target)).toEqual(['AppImage', 'deb'])
  })

  it('flips the fuses: no run-as-node, NODE_OPTIONS or inspect; cookie encryption, asar integrity, asar only', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true
    })
  })

  it('keeps the native modules out of the asar archive', () => {
    expect(config.asar).toBe(true)
    expect(config.asarUnpack).toEqual(
      expect.arrayContaining([
        '**/*.node',
        'node_modules/better-sqlite3/**',
        'node_modules/@napi-rs/keyring*/**'
      ])
    )
  })

  it('is ready for signing and notarisation on macOS, with an entitlements file that exists', () => {
    expect(config.mac).toMatchObject({ hardenedRuntime: true, notarize: true })
    const entitlements = readFileSync(join(root, String(config.mac?.entitlements)), 'utf8')
    expect(entitlements).toContain('com.apple.security.cs.allow-jit')
    // No identity named: signing happens only where a certificate is present.
    expect(config.mac?.identity).toBeUndefined()
  })

  it('has every icon it names, and a tray icon for every state on every platform', () => {
    for (const icon of [config.win?.icon, config.mac?.icon, config.linux?.icon])
      expect(existsSync(join(root, String(icon))), String(icon)).toBe(true)
    for (const state of trayIcons)
      for (const platform of ['win32', 'darwin', 'linux'] as const)
        expect(existsSync(join(root, 'resources', trayIconFile(state, platform)))).toBe(true)
  })
})

describe('the built main bundle (npx electron-vite build)', () => {
  const mainDir = join(root, 'out', 'main')
  const built = existsSync(join(mainDir, 'index.js'))

  it.runIf(built || process.env.CI)(
    'starts the core in a utility process, loads the page over app:// and never opens SQLite itself',
    () => {
      const main = readFileSync(join(mainDir, 'index.js'), 'utf8')
      expect(existsSync(join(mainDir, 'core-process.js'))).toBe(true)
      expect(main).toContain('utilityProcess.fork')
      expect(main).toContain('core-process.js')
      expect(main).not.toContain('loadFile(')
      expect(withChunks(mainDir, 'index.js')).toContain('app://')
      expect(withChunks(mainDir, 'index.js')).not.toContain('require("better-sqlite3")')
      expect(withChunks(mainDir, 'core-process.js')).toContain('require("better-sqlite3")')
    }
  )
})

/** A built entry's code with every chunk it requires, directly or through other chunks. */
function withChunks(mainDir: string, entry: string, seen = new Set<string>()): string {
  seen.add(entry)
  const text = readFileSync(join(mainDir, entry), 'utf8')
  let all = text
  for (const match of text.matchAll(/require\("\.\/((?:chunks\/)?[^"]+\.js)"\)/g)) {
    const chunk = join(entry, '..', match[1])
    if (!seen.has(chunk)) all += withChunks(mainDir, chunk, seen)
  }
  return all
}
