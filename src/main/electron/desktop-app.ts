import { join } from 'node:path'
import {
  app,
  dialog,
  ipcMain,
  Notification,
  powerMonitor,
  session,
  shell,
  utilityProcess,
  type BrowserWindow
} from 'electron'
import {
  contentSecurityPolicy,
  developmentContentSecurityPolicy
} from '../../shared/content-security-policy'
import type { SyncStatus } from '../../shared/contract'
import { DatabaseDamagedError } from '../core/db/database-damaged-error'
import { createRotatingLogFile } from '../core/log-file'
import {
  databaseDamageWords,
  describeDatabaseDamage,
  type DamageLanguage
} from '../database-damage-text'
import { createLogger } from '../core/logger'
import { FlowHealthTracker } from '../core/sync/flow-health'
import { appId } from './app-id'
import { createAppUrlCheck } from './app-origin'
import { registerAppScheme, serveAppScheme } from './app-protocol-host'
import {
  applyXdgAutostart,
  autostartFile,
  autostartPlan,
  hiddenArgument,
  xdgAutostartEnabled
} from './autostart'
import { utilityProcessExecArgv } from '../core-process/heap-options'
import { createCoreClient, type CoreClient } from './core-relay'
import { desktopStateFile, readDesktopState, writeDesktopState } from './desktop-state'
import { hostWords, type Translate } from '../host-words'
import { forwardCoreEvents, registerCoreIpc } from './ipc'
import { builtPaths, createMainWindow, pageUrl } from './main-window'
import { notificationFor } from './notification-model'
import { installSecurityPolicy } from './security'
import { createAppTray, type AppTray } from './tray'
import { trayModel, type TrayAction } from './tray-model'

/** How long Quit waits for the core to finish its running write before ending it anyway. */
const closeTimeoutMs = 30_000

/**
 * The desktop host: one instance, one window, a tray icon, and the core in a utility process
 * behind the relay. Closing the window hides it; the app keeps running in the tray until Quit.
 */
export function startDesktopApp(): void {
  if (!app.requestSingleInstanceLock()) {
    // Another Kassabrug already runs; it gets the 'second-instance' event and shows itself.
    app.quit()
    return
  }
  registerAppScheme()
  if (process.platform === 'win32') app.setAppUserModelId(appId)
  const logDir = app.getPath('logs')
  const logger = createLogger({
    destination: createRotatingLogFile({ dir: logDir, name: 'kassabrug-desktop.log' })
  })
  const resourcesDir = join(app.getAppPath(), 'resources')
  const paths = builtPaths(__dirname)
  const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL
  const isAppUrl = createAppUrlCheck({ devServerUrl })
  const stateFile = desktopStateFile(app.getPath('userData'))
  const startedHidden =
    process.argv.includes(hiddenArgument) ||
    (process.platform === 'darwin' && app.getLoginItemSettings().wasOpenedAtLogin)
  const configHome = process.env.XDG_CONFIG_HOME || join(app.getPath('home'), '.config')
  let core: CoreClient | null = null
  let window: BrowserWindow | null = null
  let tray: AppTray | null = null
  let quitting = false
  let closed = false

  function showWindow(route?: string): void {
    if (!core) return
    if (!window || window.isDestroyed()) window = openWindow(core, route)
    else if (route) void window.loadURL(pageUrl(devServerUrl ?? window.webContents.getURL(), route))
    if (window.isMinimized()) window.restore()
    window.show()
    window.focus()
  }

  function openWindow(activeCore: CoreClient, route?: string): BrowserWindow {
    const created = createMainWindow({
      preloadPath: paths.preloadPath,
      devServerUrl,
      iconPath: join(resourcesDir, 'icon.png'),
      route
    })
    const stopForwarding = forwardCoreEvents(activeCore, created.webContents)
    created.on('close', (event) => {
      if (quitting) return
      event.preventDefault()
      created.hide()
      noticeClosedToTray()
    })
    created.on('closed', stopForwarding)
    return created
  }

  let words: Translate = hostWords('nl')
  function noticeClosedToTray(): void {
    const state = readDesktopState(stateFile)
    if (state.closeNoticeShown || !Notification.isSupported()) return
    new Notification({
      title: words('desktop.closedToTrayTitle'),
      body: words('desktop.closedToTrayBody')
    }).show()
    writeDesktopState(stateFile, { ...state, closeNoticeShown: true })
  }

  function autostart(enabled: boolean): ReturnType<typeof autostartPlan> {
    return autostartPlan({
      platform: process.platform,
      enabled,
      execPath: process.execPath,
      appImagePath: process.env.APPIMAGE,
      configHome,
      appName: app.getName(),
      appId
    })
  }
  function startAtLogin(): boolean {
    const plan = autostart(true)
    return plan.kind === 'xdg'
      ? xdgAutostartEnabled(autostartFile(configHome, appId))
      : app.getLoginItemSettings().openAtLogin
  }
  function setStartAtLogin(enabled: boolean): void {
    const plan = autostart(enabled)
    if (plan.kind === 'xdg') applyXdgAutostart(plan)
    else app.setLoginItemSettings(plan.settings)
  }

  app.on('second-instance', () => showWindow())
  app.on('activate', () => showWindow())
  // The tray keeps the app alive; only Quit (or the OS logging out) ends it.
  app.on('window-all-closed', () => undefined)
  app.on('before-quit', () => {
    quitting = true
  })
  app.on('will-quit', (event) => {
    if (!core || closed) return
    // Let the running write finish, its checkpoint save and the database close, then quit.
    event.preventDefault()
    const closing = core
    tray?.destroy()
    tray = null
    const timeout = new Promise<void>((resolve) => setTimeout(resolve, closeTimeoutMs).unref())
    void Promise.race([closing.close(), timeout]).finally(() => {
      closed = true
      app.quit()
    })
  })

  /**
   * Forks the utility process that runs the core and waits until it has opened the database. A
   * damaged database stops the app with a dialog naming the file and the newest backup: the shop
   * owner can put that backup back (the damaged file is set aside, never deleted) and the core
   * starts again, or quit. Never a silent reset. Null when the core does not run.
   */
  async function startCoreProcess(): Promise<CoreClient | null> {
    let restoreBackupFile: string | undefined
    for (;;) {
      const child = utilityProcess.fork(paths.coreProcessPath, [], {
        serviceName: 'Kassabrug core',
        execArgv: [...utilityProcessExecArgv],
        stdio: 'inherit'
      })
      const client = createCoreClient(
        {
          postMessage: (message) => child.postMessage(message),
          onMessage: (listener) => child.on('message', listener),
          onExit: (listener) => child.on('exit', listener)
        },
        { dataDir: app.getPath('userData'), logDir, version: app.getVersion(), restoreBackupFile },
        (raw) => logger.warn({ raw }, 'dropped a message from the core that breaks the contract')
      )
      child.on('exit', (code) => {
        if (!quitting && core === client) logger.error({ code }, 'the core process stopped')
      })
      try {
        await client.ready
        return client
      } catch (error) {
        child.kill()
        if (!(error instanceof DatabaseDamagedError)) {
          logger.error({ err: error }, 'the core could not start')
          dialog.showErrorBox('Kassabrug', String(error))
          return null
        }
        restoreBackupFile = await offerNewestBackup(error)
        if (!restoreBackupFile) return null
      }
    }
  }

  /** The backup the owner chose to put in the damaged database's place, if any. */
  async function offerNewestBackup(error: DatabaseDamagedError): Promise<string | undefined> {
    logger.error({ err: error, damage: error.damage }, 'the database is damaged')
    const language = systemLanguage()
    const { title, lines } = describeDatabaseDamage(error, language, { restoreButton: true })
    const damageWords = databaseDamageWords[language]
    const backup = error.newestBackup
    const { response } = await dialog.showMessageBox({
      type: 'error',
      title,
      message: title,
      detail: lines.join('\n\n'),
      buttons: backup
        ? [damageWords.restoreButton, damageWords.quitButton]
        : [damageWords.quitButton],
      defaultId: 0,
      cancelId: backup ? 1 : 0
    })
    return backup && response === 0 ? backup.file : undefined
  }

  void app.whenReady().then(async () => {
    const policy = devServerUrl ? developmentContentSecurityPolicy : contentSecurityPolicy
    installSecurityPolicy(app, session.defaultSession, { devServer: !!devServerUrl, isAppUrl })
    serveAppScheme(session.defaultSession, paths.rendererDir, policy)

    const started = await startCoreProcess()
    if (!started) {
      closed = true
      app.quit()
      return
    }
    const activeCore: CoreClient = started
    core = activeCore
    registerCoreIpc(ipcMain, activeCore, isAppUrl)

    const settings = await activeCore.call('settings.get')
    words = hostWords(settings.language)
    let status: SyncStatus = await activeCore.call('sync.status')
    const timeFormat = (): Intl.DateTimeFormat =>
      new Intl.DateTimeFormat(settings.language, { hour: '2-digit', minute: '2-digit' })
    const appTray = createAppTray({ resourcesDir, onAction: (action) => void act(action) })
    tray = appTray
    const refreshTray = (): void =>
      tray?.render(
        trayModel(status, {
          t: words,
          startAtLogin: startAtLogin(),
          formatTime: (at) => timeFormat().format(at)
        })
      )

    async function act(action: TrayAction): Promise<void> {
      try {
        if (action.type === 'open') showWindow()
        else if (action.type === 'sync') await activeCore.call('sync.runNow', { flow: action.flow })
        else if (action.type === 'syncAll') await activeCore.call('sync.runNow', { all: true })
        else if (action.type === 'pause' || action.type === 'resume')
          await activeCore.call('settings.update', { syncPaused: action.type === 'pause' })
        else if (action.type === 'showLogs') await shell.openPath(logDir)
        else if (action.type === 'startAtLogin') {
          setStartAtLogin(action.enabled)
          refreshTray()
        } else app.quit()
      } catch (error) {
        logger.error({ err: error, action: action.type }, 'a tray action failed')
      }
    }

    const health = new FlowHealthTracker()
    health.update(status)
    refreshTray()
    activeCore.onEvent((event) => {
      if (event.name === 'sync.status.changed') {
        status = event.payload
        refreshTray()
        // One notification when a flow starts failing and one when it recovers.
        for (const change of health.update(event.payload)) {
          if (!Notification.isSupported()) continue
          const shown = notificationFor(change, words)
          const notification = new Notification({ title: shown.title, body: shown.body })
          notification.on('click', () => showWindow(shown.route))
          notification.show()
        }
      }
      // status.changed follows every settings.update: the tray follows the chosen language.
      if (event.name === 'status.changed') {
        void activeCore.call('settings.get').then((next) => {
          settings.language = next.language
          words = hostWords(next.language)
          refreshTray()
        })
      }
    })
    if (!startedHidden) showWindow()
    // Schedules start once the window and tray are there to show what they do.
    activeCore.schedules('start')
    // After sleep, run what came due meanwhile (croner does not catch up by itself).
    powerMonitor.on('resume', () => activeCore.schedules('resume'))
  })
}

/** The settings (and their language) are in the damaged database: the system's language it is. */
function systemLanguage(): DamageLanguage {
  const code = app.getLocale().slice(0, 2)
  return code === 'nl' || code === 'fr' ? code : 'en'
}
