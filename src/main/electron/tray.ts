import { join } from 'node:path'
import { Menu, nativeImage, Tray } from 'electron'
import type { Settings } from '../../shared/contract'
import { trayMenuLabels } from './tray-menu-labels'

export type TrayState = 'idle' | 'syncing' | 'error'

export interface AppTray {
  setState(state: TrayState): void
  setPaused(paused: boolean): void
  setLanguage(language: Settings['language']): void
  destroy(): void
}

/**
 * The tray icon that keeps Kassabrug reachable while the window is hidden. The icon shows the
 * sync state; the menu opens the window, syncs everything now, pauses or resumes the schedule.
 */
export function createAppTray(options: {
  resourcesDir: string
  language: Settings['language']
  onOpen: () => void
  onSyncAll: () => void
  onPauseChange: (paused: boolean) => void
  onQuit: () => void
}): AppTray {
  const icon = (state: TrayState): Electron.NativeImage =>
    nativeImage.createFromPath(join(options.resourcesDir, `tray-${state}.png`))
  const tray = new Tray(icon('idle'))
  let language = options.language
  let paused = false

  function buildMenu(): void {
    const labels = trayMenuLabels[language]
    tray.setToolTip(labels.tooltip)
    tray.setContextMenu(
      Menu.buildFromTemplate([
        { label: labels.open, click: options.onOpen },
        { label: labels.syncAll, click: options.onSyncAll },
        {
          label: paused ? labels.resume : labels.pause,
          click: () => options.onPauseChange(!paused)
        },
        { type: 'separator' },
        { label: labels.quit, click: options.onQuit }
      ])
    )
  }

  tray.on('click', options.onOpen)
  buildMenu()
  return {
    setState: (state) => tray.setImage(icon(state)),
    setPaused(next) {
      paused = next
      buildMenu()
    },
    setLanguage(next) {
      language = next
      buildMenu()
    },
    destroy: () => tray.destroy()
  }
}
