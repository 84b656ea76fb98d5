import { appEntryUrl } from './app-protocol'

/**
 * Decides whether a frame URL is Kassabrug's own page: the built index.html under app://, or the
 * electron-vite dev server during development. IPC from anything else is refused, and navigation
 * to anything else is stopped.
 */
export function createAppUrlCheck(options: {
  devServerUrl?: string
}): (frameUrl: string) => boolean {
  const devOrigin = options.devServerUrl ? new URL(options.devServerUrl).origin : null
  return (frameUrl) => {
    let url: URL
    try {
      url = new URL(frameUrl)
    } catch {
      return false
    }
    if (devOrigin !== null) return url.origin === devOrigin
    // The router lives in the fragment; the document itself must be our index.html.
    url.hash = ''
    url.search = ''
    return url.href === appEntryUrl
  }
}
