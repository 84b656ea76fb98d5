import { pathToFileURL } from 'node:url'
import { net, protocol, type Session } from 'electron'
import { appScheme, resolveAppRequest } from './app-protocol'

/** Must run before the app is ready: app:// behaves like https (origin, fetch, secure context). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } }
  ])
}

/** Serves app:// from the built renderer folder only (resolveAppRequest decides), with the CSP. */
export function serveAppScheme(session: Session, rendererDir: string, policy: string): void {
  session.protocol.handle(appScheme, async (request) => {
    const target = resolveAppRequest(request.url, rendererDir)
    if (!target.ok) return new Response(target.reason, { status: target.status })
    try {
      const file = await net.fetch(pathToFileURL(target.path).href)
      const headers = new Headers(file.headers)
      headers.set('Content-Security-Policy', policy)
      headers.set('X-Content-Type-Options', 'nosniff')
      return new Response(file.body, { status: file.status, headers })
    } catch {
      return new Response('not found', { status: 404 })
    }
  })
}
