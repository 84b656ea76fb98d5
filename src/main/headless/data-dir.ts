import { homedir } from 'node:os'
import { join } from 'node:path'

const folderName = 'Kassabrug'

/**
 * Where Kassabrug keeps its database when no folder is given. It is the folder Electron's
 * app.getPath('userData') picks for productName "Kassabrug", so the desktop app and the
 * `kassabrug` command share one database on the same machine.
 */
export function defaultDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = homedir()
): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), folderName)
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', folderName)
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), folderName)
}

/** --data-dir wins, then KASSABRUG_DATA_DIR, then the OS default. */
export function resolveDataDir(
  flag: string | undefined,
  env: NodeJS.ProcessEnv = process.env
): string {
  return flag ?? env.KASSABRUG_DATA_DIR ?? defaultDataDir(process.platform, env)
}
