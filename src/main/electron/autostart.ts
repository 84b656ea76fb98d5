import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'

/** Started at login, Kassabrug comes up in the tray without opening its window. */
export const hiddenArgument = '--hidden'

export type AutostartPlan =
  /** Windows and macOS: app.setLoginItemSettings with these settings. */
  | { kind: 'login-item'; settings: { openAtLogin: boolean; args: string[] } }
  /** Linux: an XDG autostart entry written (contents) or removed (null). */
  | { kind: 'xdg'; file: string; contents: string | null }

export interface AutostartInput {
  platform: NodeJS.Platform
  enabled: boolean
  /** process.execPath; on Linux an AppImage's own path ($APPIMAGE) is used instead when set. */
  execPath: string
  appImagePath?: string
  /** $XDG_CONFIG_HOME, else ~/.config. */
  configHome: string
  appName: string
  appId: string
}

/** What to do to switch start at login on or off on this platform. */
export function autostartPlan(input: AutostartInput): AutostartPlan {
  if (input.platform === 'win32' || input.platform === 'darwin')
    return {
      kind: 'login-item',
      // Windows passes args to the started program; macOS ignores them (wasOpenedAtLogin tells).
      settings: { openAtLogin: input.enabled, args: input.enabled ? [hiddenArgument] : [] }
    }
  return {
    kind: 'xdg',
    file: autostartFile(input.configHome, input.appId),
    contents: input.enabled
      ? desktopEntry(input.appName, input.appImagePath ?? input.execPath)
      : null
  }
}

export function autostartFile(configHome: string, appId: string): string {
  return join(configHome, 'autostart', `${appId}.desktop`)
}

/** A Desktop Entry (freedesktop.org spec 1.5); the path is quoted so spaces survive. */
export function desktopEntry(appName: string, exec: string): string {
  const quoted = `"${exec.replace(/(["`$\\])/g, '\\$1')}"`
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Version=1.5',
    `Name=${appName}`,
    `Exec=${quoted} ${hiddenArgument}`,
    'Terminal=false',
    'X-GNOME-Autostart-enabled=true',
    ''
  ].join('\n')
}

/** Writes or removes the Linux autostart entry. */
export function applyXdgAutostart(plan: Extract<AutostartPlan, { kind: 'xdg' }>): void {
  if (plan.contents === null) {
    rmSync(plan.file, { force: true })
    return
  }
  mkdirSync(dirname(plan.file), { recursive: true })
  writeFileSync(plan.file, plan.contents)
}

export function xdgAutostartEnabled(file: string): boolean {
  return existsSync(file)
}
