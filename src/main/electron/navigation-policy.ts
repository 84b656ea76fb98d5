import { safeExternalUrl } from './external-url'

/** What to do with a navigation, a frame navigation or a window.open. */
export type NavigationDecision = { allow: true } | { allow: false; openExternal: string | null }

/**
 * The app is one page with hash routes: the top frame may only (re)load Kassabrug's own page.
 * Anything else is stopped; an https link to a listed site goes to the user's browser instead.
 * Sub-frames (the app has none) may load nothing at all and open nothing.
 */
export function decideNavigation(
  target: { url: string; isMainFrame: boolean },
  isAppUrl: (url: string) => boolean
): NavigationDecision {
  if (!target.isMainFrame) return { allow: false, openExternal: null }
  if (isAppUrl(target.url)) return { allow: true }
  return { allow: false, openExternal: safeExternalUrl(target.url) }
}

/** window.open and target=_blank never make a new Electron window. */
export function decideWindowOpen(url: string): { openExternal: string | null } {
  return { openExternal: safeExternalUrl(url) }
}
