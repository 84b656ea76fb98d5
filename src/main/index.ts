// The Electron entry point: everything lives in src/main/electron (host) and src/main/core (logic).
import { startDesktopApp } from './electron/desktop-app'

startDesktopApp()
