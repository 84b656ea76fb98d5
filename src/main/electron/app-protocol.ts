import { isAbsolute, join, normalize, relative } from 'node:path'

/**
 * The window loads Kassabrug's pages from `app://kassabrug/…` instead of file://: a standard,
 * secure scheme whose handler serves only files inside the built renderer folder, so a page (or a
 * link in it) can never read other files of the machine the way a file:// page can.
 */
export const appScheme = 'app'
export const appHost = 'kassabrug'
export const appEntryUrl = `${appScheme}://${appHost}/index.html`

export type AppRequest =
  { ok: true; path: string } | { ok: false; status: 400 | 403 | 404; reason: string }

/** Maps a request URL to the file it may serve under `rootDir`, or says why it is refused. */
export function resolveAppRequest(requestUrl: string, rootDir: string): AppRequest {
  let url: URL
  try {
    url = new URL(requestUrl)
  } catch {
    return { ok: false, status: 400, reason: 'not a URL' }
  }
  if (url.protocol !== `${appScheme}:` || url.host !== appHost)
    return { ok: false, status: 403, reason: `not an ${appScheme}://${appHost}/ address` }
  let path: string
  try {
    path = decodeURIComponent(url.pathname)
  } catch {
    return { ok: false, status: 400, reason: 'badly encoded path' }
  }
  // Encoded separators and NUL would let the decoded path mean something the URL did not show.
  if (path.includes('\0') || path.includes('\\'))
    return { ok: false, status: 403, reason: 'forbidden character in path' }
  // The URL parser already resolved plain dot segments; one that appears only after decoding
  // (%2f, %2e) is an attempt to climb out, never a file of ours.
  if (path.split('/').includes('..'))
    return { ok: false, status: 403, reason: 'dot segment in path' }
  if (path === '/' || path === '') path = '/index.html'
  const file = join(rootDir, normalize(path))
  const inside = relative(rootDir, file)
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside))
    return { ok: false, status: 403, reason: 'outside the app folder' }
  return { ok: true, path: file }
}
