import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { useTempDir } from '../../../tests/support/temp-dir'
import {
  applyXdgAutostart,
  autostartPlan,
  xdgAutostartEnabled,
  type AutostartInput
} from './autostart'

const tempDir = useTempDir()
const base = (overrides: Partial<AutostartInput>): AutostartInput => ({
  platform: 'linux',
  enabled: true,
  execPath: '/opt/Kassabrug/kassabrug',
  configHome: '/home/shop/.config',
  appName: 'Kassabrug',
  appId: 'nl.kassabrug.app',
  ...overrides
})

describe('start at login', () => {
  it('uses login items on Windows and macOS, started hidden in the tray', () => {
    for (const platform of ['win32', 'darwin'] as const) {
      expect(autostartPlan(base({ platform }))).toEqual({
        kind: 'login-item',
        settings: { openAtLogin: true, args: ['--hidden'] }
      })
      expect(autostartPlan(base({ platform, enabled: false }))).toEqual({
        kind: 'login-item',
        settings: { openAtLogin: false, args: [] }
      })
    }
  })

  it('writes and removes an XDG autostart entry on Linux, for the AppImage when there is one', () => {
    const configHome = tempDir()
    const on = autostartPlan(
      base({ configHome, appImagePath: '/home/shop/Apps/Kassa brug.AppImage' })
    )
    if (on.kind !== 'xdg') throw new Error('expected an XDG plan')
    expect(on.file).toBe(join(configHome, 'autostart', 'nl.kassabrug.app.desktop'))
    expect(xdgAutostartEnabled(on.file)).toBe(false)
    applyXdgAutostart(on)
    expect(xdgAutostartEnabled(on.file)).toBe(true)
    const entry = readFileSync(on.file, 'utf8')
    expect(entry.split('\n')).toEqual(
      expect.arrayContaining([
        '[Desktop Entry]',
        'Type=Application',
        'Name=Kassabrug',
        'Exec="/home/shop/Apps/Kassa brug.AppImage" --hidden'
      ])
    )
    const off = autostartPlan(base({ configHome, enabled: false }))
    if (off.kind !== 'xdg') throw new Error('expected an XDG plan')
    expect(off.contents).toBeNull()
    applyXdgAutostart(off)
    expect(xdgAutostartEnabled(on.file)).toBe(false)
    // Removing what is not there is not an error.
    applyXdgAutostart(off)
  })

  it('quotes characters the Exec key treats specially', () => {
    const plan = autostartPlan(base({ execPath: '/opt/a"b$c/kassabrug' }))
    expect(plan.kind === 'xdg' && plan.contents).toContain(
      'Exec="/opt/a\\"b\\$c/kassabrug" --hidden'
    )
  })
})
