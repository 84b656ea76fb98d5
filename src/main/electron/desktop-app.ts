import { join } from 'node:path'
import type { BrowserWindow } from 'electron'
import { app, dialog, ipcMain, session, powerMonitor, Notification } from 'electron'
import { createCore, databaseFileName, type Core } from '../core/create-core'
import { restoreBackupFile } from '../core/db/backups'
import { DatabaseDamagedError } from '../core/db/database-damaged-error'
import {
  databaseDamageWords,
  describeDatabaseDamage,
  type DamageLanguage
} from '../database-damage-text'
import { createFlowsFactory } from '../core/flows/create-flows'
import { FlowHealthTracker } from '../core/sync/flow-health'
import { createLogger } from '../core/logger'
import { KeychainSecretStore } from '../core/secrets/keychain-store'
import { createAppUrlCheck } from './app-origin'
import { forwardCoreEvents, registerCoreIpc } from './ipc'
import { builtPaths, createMainWindow } from './main-window'
import { installSecurityPolicy } from './security'
import { createAppTray, type AppTray } from './tray'

/**
 * The desktop host: one instance, one window, a tray icon, and the core behind one IPC wrapper.
 * Closing the window hides it; the app keeps running in the tray until Quit.
 */
export function startDesktopApp(): void {
  if (!app.requestSingleInstanceLock()) {
    // Another Kassabrug already runs; it gets the 'second-instance' event and shows itself.
    app.quit()
    return
  }
  const logger = createLogger()
  const resourcesDir = join(app.getAppPath(), 'resources')
  const paths = builtPaths(__dirname)
  const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL
  let core: Core | null = null
  let window: BrowserWindow | null = null
  let tray: AppTray | null = null
  let quitting = false

  function showWindow(): void {
    if (!core) return
    if (!window || window.isDestroyed()) window = openWindow(core)
    if (window.isMinimized()) window.restore()
    window.show()
    window.focus()
  }

  function openWindow(activeCore: Core): BrowserWindow {
    const created = createMainWindow({
      ...paths,
      devServerUrl,
      iconPath: join(resourcesDir, 'icon.png')
    })
    const stopForwarding = forwardCoreEvents(activeCore, created.webContents)
    created.on('close', (event) => {
      if (quitting) return
      event.preventDefault()
      created.hide()
    })
    created.on('closed', stopForwarding)
    return created
  }

  /**
   * A damaged database stops the app with a dialog naming the file and the newest backup; the
   * shop owner can put that backup back (the damaged file is kept) or quit. Never a silent reset.
   */
  async function openCoreOrOfferBackup(): Promise<Core | null> {
    const dataDir = app.getPath('userData')
    for (;;) {
      try {
        return await createCore({
          dataDir,
          secrets: new KeychainSecretStore(),
          version: app.getVersion(),
          logger,
          flows: createFlowsFactory()
        })
      } catch (error) {
        if (!(error instanceof DatabaseDamagedError)) throw error
        logger.error({ err: error, damage: error.damage }, 'the database is damaged')
        const language = systemLanguage()
        const { title, lines } = describeDatabaseDamage(error, language, { restoreButton: true })
        const words = databaseDamageWords[language]
        const backup = error.newestBackup
        const { response } = await dialog.showMessageBox({
          type: 'error',
          title,
          message: title,
          detail: lines.join('\n\n'),
          buttons: backup ? [words.restoreButton, words.quitButton] : [words.quitButton],
          defaultId: 0,
          cancelId: backup ? 1 : 0
        })
        if (!backup || response !== 0) return null
        restoreBackupFile(join(dataDir, databaseFileName), backup.file, Date.now())
      }
    }
  }

  app.on('second-instance', showWindow)
  app.on('activate', showWindow)
  // The tray keeps the app alive; only Quit (or the OS logging out) ends it.
  app.on('window-all-closed', () => undefined)
  app.on('before-quit', () => {
    quitting = true
  })
  app.on('will-quit', (event) => {
    if (!core) return
    // Close the database cleanly (WAL checkpoint) before the process ends.
    event.preventDefault()
    const closing = core
    core = null
    tray?.destroy()
    void closing.close().finally(() => app.quit())
  })

  void app.whenReady().then(async () => {
    installSecurityPolicy(app, session.defaultSession, { devServer: devServerUrl !== undefined })
    core = await openCoreOrOfferBackup()
    if (!core) {
      app.exit(2)
      return
    }
    registerCoreIpc(
      ipcMain,
      core,
      createAppUrlCheck({ rendererIndexPath: paths.rendererIndexPath, devServerUrl })
    )
    const activeCore = core
    const settings = await activeCore.call('settings.get')
    const appTray = createAppTray({
      resourcesDir,
      language: settings.language,
      onOpen: showWindow,
      onSyncAll: () => {
        activeCore.call('sync.runNow', { all: true }).catch((error: unknown) => {
          logger.error({ err: error }, 'sync all from the tray failed')
        })
      },
      onPauseChange: (paused) => {
        activeCore.call('settings.update', { syncPaused: paused }).catch((error: unknown) => {
          logger.error({ err: error }, 'pausing the schedule failed')
        })
      },
      onQuit: () => app.quit()
    })
    tray = appTray
    const initialStatus = await activeCore.call('sync.status')
    appTray.setState(initialStatus.state)
    appTray.setPaused(initialStatus.paused)
    const health = new FlowHealthTracker()
    health.update(initialStatus)
    activeCore.events.subscribe((event) => {
      if (event.name === 'sync.status.changed') {
        appTray.setState(event.payload.state)
        appTray.setPaused(event.payload.paused)
        // One notification when a flow starts failing and one when it recovers.
        for (const change of health.update(event.payload)) {
          if (Notification.isSupported())
            new Notification({ title: 'Kassabrug', body: change.message }).show()
        }
      }
      // status.changed follows every settings.update: the tray menu follows the chosen language.
      if (event.name === 'status.changed') {
        void activeCore.call('settings.get').then((next) => appTray.setLanguage(next.language))
      }
    })
    showWindow()
    // Schedules start once the window and tray are there to show what they do.
    await activeCore.start()
    // After sleep, run what came due meanwhile (node-cron does not catch up by itself).
    powerMonitor.on('resume', () => {
      activeCore.sync
        .resume()
        .catch((error: unknown) => logger.error({ err: error }, 'catch-up after resume failed'))
    })
  })
}

/** The settings (and their language) are in the damaged database: the system's language it is. */
function systemLanguage(): DamageLanguage {
  const code = app.getLocale().slice(0, 2)
  return code === 'nl' || code === 'fr' ? code : 'en'
}
