import { join } from 'node:path'
import { BrowserWindow } from 'electron'

export interface MainWindowOptions {
  preloadPath: string
  rendererIndexPath: string
  /** Set by `electron-vite dev`; the built app loads index.html from disk. */
  devServerUrl?: string
  iconPath: string
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
      webSecurity: true,
      webviewTag: false,
      spellcheck: false
    }
  })
  window.once('ready-to-show', () => window.show())
  if (options.devServerUrl) void window.loadURL(options.devServerUrl)
  else void window.loadFile(options.rendererIndexPath)
  return window
}

export function builtPaths(
  mainDir: string
): Pick<MainWindowOptions, 'preloadPath' | 'rendererIndexPath'> {
  return {
    preloadPath: join(mainDir, '..', 'preload', 'index.js'),
    rendererIndexPath: join(mainDir, '..', 'renderer', 'index.html')
  }
}
