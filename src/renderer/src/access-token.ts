const storageKey = 'kassabrug.accessToken'

/**
 * `kassabrug serve` prints its address as `http://127.0.0.1:PORT/#token=…`: a fragment never
 * reaches server logs or a Referer header. Read it once, keep it for this tab (a reload must keep
 * working), and replace the fragment with the router's root so the token leaves the address bar.
 */
export function takeAccessToken(): string | null {
  const match = /^#token=([A-Za-z0-9_-]+)$/.exec(window.location.hash)
  if (match) {
    sessionStorage.setItem(storageKey, match[1])
    window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}#/`)
  }
  return sessionStorage.getItem(storageKey)
}
