/**
 * The sites Kassabrug's pages may link to (help for the two systems and the project itself);
 * exact host names, so a look-alike subdomain or another site is not opened.
 */
export const externalHosts: readonly string[] = [
  'kassabrug.nl',
  'www.kassabrug.nl',
  'mailchimp.com',
  'admin.mailchimp.com',
  'www.mpluskassa.nl',
  'mpluskassa.nl'
]

/**
 * The only links Kassabrug hands to the system browser: https to a host on the list, without
 * embedded credentials or another port. Anything else (plain http, file:, javascript:, custom
 * schemes that launch programs) is refused, because shell.openExternal would happily open them.
 */
export function safeExternalUrl(
  raw: string,
  hosts: readonly string[] = externalHosts
): string | null {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return null
  }
  if (url.protocol !== 'https:' || url.port !== '') return null
  if (url.username || url.password || !hosts.includes(url.hostname)) return null
  return url.href
}
