import { shell, type App, type Session, type WebContents } from 'electron'
import {
  contentSecurityPolicy,
  developmentContentSecurityPolicy
} from '../../shared/content-security-policy'
import { safeExternalUrl } from './external-url'

/**
 * Hardening that applies to every web page Electron ever creates, installed before the first
 * window: the CSP header, no permissions, no navigation, no new windows, no <webview>.
 */
export function installSecurityPolicy(
  app: App,
  session: Session,
  options: { devServer: boolean }
): void {
  const policy = options.devServer ? developmentContentSecurityPolicy : contentSecurityPolicy
  // file:// responses carry no headers; index.html repeats the policy in a meta tag for those.
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [policy] }
    })
  })
  // Kassabrug needs no camera, microphone, notifications-from-page, geolocation, …
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents))
}

function hardenWebContents(contents: WebContents): void {
  // The app is one page with hash routes; a navigation away from it is never intended. A plain
  // http(s) link goes to the user's browser instead.
  contents.on('will-navigate', (event, url) => {
    event.preventDefault()
    openInBrowser(url)
  })
  contents.on('will-redirect', (event) => event.preventDefault())
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(({ url }) => {
    openInBrowser(url)
    return { action: 'deny' }
  })
}

function openInBrowser(url: string): void {
  const safe = safeExternalUrl(url)
  if (safe) void shell.openExternal(safe)
}
