/**
 * The only links Kassabrug hands to the system browser: plain http(s) addresses without embedded
 * credentials. Anything else (file:, javascript:, custom schemes that launch programs) is refused,
 * because shell.openExternal would happily run them.
 */
export function safeExternalUrl(raw: string): string | null {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return null
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null
  if (url.username || url.password || !url.hostname) return null
  return url.href
}
