/**
 * Removes credentials from text that may end up in a log, an error or the UI. Connectors register
 * the secrets they hold; every message they build passes through here.
 */
export function redactSecrets(
  text: string,
  secrets: readonly (string | null | undefined)[]
): string {
  let result = text
  for (const secret of secrets) {
    if (secret && secret.length >= 4) result = result.split(secret).join('[redacted]')
  }
  return result
}

/** Drops the query string of a URL (Mplus puts ident and secret there). */
export function redactUrl(url: string): string {
  const at = url.indexOf('?')
  return at === -1 ? url : `${url.slice(0, at)}?[redacted]`
}
