import { join } from 'node:path'
import { BrowserWindow } from 'electron'
import { appEntryUrl } from './app-protocol'

export interface MainWindowOptions {
  preloadPath: string
  /** Set by `electron-vite dev`; the built app loads app://kassabrug/index.html. */
  devServerUrl?: string
  iconPath: string
  /** Hash route to open, e.g. '/attention' from a notification. */
  route?: string
}

/** The one window: sandboxed, isolated, no Node, web security on. */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: 1100,
    height: 760,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Kassabrug',
    icon: options.iconPath,
    autoHideMenuBar: true,
    webPreferences: {
      preload: options.preloadPath,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: false,
      disableBlinkFeatures: 'Auxclick'
    }
  })
  window.once('ready-to-show', () => window.show())
  void window.loadURL(pageUrl(options.devServerUrl ?? appEntryUrl, options.route ?? '/'))
  return window
}

/** Our page at a hash route (the router lives in the fragment). */
export function pageUrl(base: string, route: string): string {
  const url = new URL(base)
  url.hash = route
  return url.href
}

export function builtPaths(mainDir: string): {
  preloadPath: string
  rendererDir: string
  coreProcessPath: string
} {
  return {
    preloadPath: join(mainDir, '..', 'preload', 'index.js'),
    rendererDir: join(mainDir, '..', 'renderer'),
    coreProcessPath: join(mainDir, 'core-process.js')
  }
}
