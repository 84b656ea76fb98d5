import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'
import type { IncomingMessage } from 'node:http'

/** A fresh secret per start of `kassabrug serve`; whoever has it may drive the core. */
export function createAccessToken(): string {
  return randomBytes(32).toString('base64url')
}

/**
 * Compares in constant time. Hashing first gives both sides the same length, so the comparison
 * does not leak the token's length either.
 */
export function tokensMatch(expected: string, presented: string | null): boolean {
  if (presented === null) return false
  const digest = (value: string): Buffer => createHash('sha256').update(value).digest()
  return timingSafeEqual(digest(expected), digest(presented))
}

/** The token from `Authorization: Bearer …`, or from `?token=` where allowed (EventSource cannot set headers). */
export function presentedToken(
  request: IncomingMessage,
  url: URL,
  allowQuery: boolean
): string | null {
  const header = request.headers.authorization
  const match = header ? /^Bearer\s+(\S+)$/i.exec(header) : null
  if (match) return match[1]
  return allowQuery ? url.searchParams.get('token') : null
}

/**
 * Only the loopback names with our port are accepted: a web page on another domain that
 * re-points its DNS name at 127.0.0.1 (DNS rebinding) still sends its own name as Host.
 */
export function isAllowedHost(hostHeader: string | undefined, port: number): boolean {
  return hostHeader === `127.0.0.1:${port}` || hostHeader === `localhost:${port}`
}

/** Browsers send Origin on cross-site requests; ours is always one of our own loopback origins. */
export function isAllowedOrigin(originHeader: string | undefined, port: number): boolean {
  if (originHeader === undefined) return true
  return originHeader === `http://127.0.0.1:${port}` || originHeader === `http://localhost:${port}`
}
