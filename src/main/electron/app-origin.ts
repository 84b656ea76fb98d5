import { pathToFileURL } from 'node:url'

/**
 * Decides whether a frame URL is Kassabrug's own page: the built index.html under file://, or the
 * electron-vite dev server during development. IPC from anything else is refused.
 */
export function createAppUrlCheck(options: {
  rendererIndexPath: string
  devServerUrl?: string
}): (frameUrl: string) => boolean {
  const indexUrl = pathToFileURL(options.rendererIndexPath).href
  const devOrigin = options.devServerUrl ? new URL(options.devServerUrl).origin : null
  return (frameUrl) => {
    let url: URL
    try {
      url = new URL(frameUrl)
    } catch {
      return false
    }
    if (url.protocol === 'file:') {
      // The router lives in the fragment; the document itself must be our index.html.
      url.hash = ''
      url.search = ''
      return url.href === indexUrl
    }
    return devOrigin !== null && url.origin === devOrigin
  }
}
