import { shell, type App, type Session, type WebContents } from 'electron'
import {
  contentSecurityPolicy,
  developmentContentSecurityPolicy
} from '../../shared/content-security-policy'
import { decideNavigation, decideWindowOpen } from './navigation-policy'

/**
 * Hardening that applies to every web page Electron ever creates, installed before the first
 * window: the CSP header, no permissions or devices, no navigation away from our page (top frame
 * or sub-frame), no new windows, no <webview>. The decisions are in navigation-policy.ts.
 */
export function installSecurityPolicy(
  app: App,
  session: Session,
  options: { devServer: boolean; isAppUrl: (url: string) => boolean }
): void {
  const policy = options.devServer ? developmentContentSecurityPolicy : contentSecurityPolicy
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [policy] }
    })
  })
  // Kassabrug needs no camera, microphone, notifications-from-page, geolocation, HID, USB, serial…
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
  session.setDevicePermissionHandler(() => false)
  app.on('web-contents-created', (_event, contents) =>
    hardenWebContents(contents, options.isAppUrl)
  )
}

function hardenWebContents(contents: WebContents, isAppUrl: (url: string) => boolean): void {
  contents.on('will-navigate', (event) => {
    follow(decideNavigation({ url: event.url, isMainFrame: event.isMainFrame }, isAppUrl), event)
  })
  contents.on('will-frame-navigate', (event) => {
    follow(decideNavigation({ url: event.url, isMainFrame: event.isMainFrame }, isAppUrl), event)
  })
  contents.on('will-redirect', (event) => {
    if (!decideNavigation({ url: event.url, isMainFrame: event.isMainFrame }, isAppUrl).allow)
      event.preventDefault()
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(({ url }) => {
    openInBrowser(decideWindowOpen(url).openExternal)
    return { action: 'deny' }
  })
}

function follow(
  decision: ReturnType<typeof decideNavigation>,
  event: { preventDefault(): void }
): void {
  if (decision.allow) return
  event.preventDefault()
  openInBrowser(decision.openExternal)
}

/** The one call of shell.openExternal: only with an address safeExternalUrl let through. */
function openInBrowser(allowed: string | null): void {
  if (allowed) void shell.openExternal(allowed)
}
