import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { contentSecurityPolicy } from '../../shared/content-security-policy'
import type { ErrorCode, Reply } from '../../shared/contract'
import type { Core } from '../core/create-core'
import {
  createAccessToken,
  isAllowedHost,
  isAllowedOrigin,
  presentedToken,
  tokensMatch
} from './auth'
import { httpStatusForError } from './http-status'
import { BodyError, defaultBodyLimits, readJsonBody, type BodyLimits } from './read-json-body'
import { streamEvents } from './sse'
import { serveStaticFile } from './static-files'

export interface ServerOptions {
  core: Core
  /** 0 (the default) lets the OS pick a free port. */
  port?: number
  /** The built renderer (out/renderer); null serves the API only. */
  rendererDir: string | null
  /** Tests shorten these; the defaults suit a browser on the same machine. */
  limits?: Partial<BridgeLimits>
}

/** What the bridge tolerates before it answers 4xx or drops the connection. */
export interface BridgeLimits {
  body: BodyLimits
  /** The request line and headers must have arrived within this. */
  headersTimeoutMs: number
  /** A connection with nothing going on (between keep-alive requests, a stalled client) is closed. */
  idleTimeoutMs: number
  /** Open event streams; a new one beyond this closes the oldest. */
  maxEventStreams: number
}

export const defaultBridgeLimits: BridgeLimits = {
  body: defaultBodyLimits,
  headersTimeoutMs: 10_000,
  idleTimeoutMs: 30_000,
  maxEventStreams: 8
}

export interface RunningServer {
  port: number
  token: string
  /** The address to open: the token travels in the fragment, so it never reaches logs or Referer. */
  url: string
  close(): Promise<void>
}

const loopback = '127.0.0.1'
const callPrefix = '/api/call/'

const securityHeaders: Record<string, string> = {
  'Content-Security-Policy': contentSecurityPolicy,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin'
}

/**
 * The local web bridge of `kassabrug serve`: the contract over HTTP (`POST /api/call/<name>`),
 * the core's events as Server-Sent Events (`GET /api/events`) and the built renderer, on the
 * loopback interface only, behind a per-start token.
 */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const token = createAccessToken()
  const limits = { ...defaultBridgeLimits, ...options.limits }
  /** Each open stream's stop and socket; insertion order is opening order (first = oldest). */
  const openStreams = new Map<() => void, Socket>()
  let port = 0

  const server = createServer(
    {
      headersTimeout: limits.headersTimeoutMs,
      // A backstop behind the body timeout (which answers in JSON): the whole request.
      requestTimeout: limits.headersTimeoutMs + limits.body.timeoutMs,
      // Node checks the two timeouts above this often (30 s by default, too coarse).
      connectionsCheckingInterval: Math.min(1000, limits.headersTimeoutMs)
    },
    (request, response) => {
      handle(request, response).catch((error: unknown) => {
        if (!response.headersSent) sendJson(response, 500, failure('internal', errorMessage(error)))
        else response.destroy()
      })
    }
  )
  server.timeout = limits.idleTimeoutMs

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (
      !isAllowedHost(request.headers.host, port) ||
      !isAllowedOrigin(request.headers.origin, port)
    ) {
      sendJson(
        response,
        403,
        failure('forbidden', 'This server only answers to its own loopback address.')
      )
      return
    }
    const rawPath = (request.url ?? '/').split('?')[0]
    const url = new URL(request.url ?? '/', `http://${loopback}:${port}`)
    if (rawPath.startsWith(callPrefix))
      return handleCall(request, response, url, rawPath.slice(callPrefix.length))
    if (rawPath === '/api/events') return handleEvents(request, response, url)
    if (rawPath.startsWith('/api/')) {
      sendJson(response, 404, failure('not-found', `There is no endpoint ${rawPath}.`))
      return
    }
    return handleStatic(request, response, rawPath)
  }

  async function handleCall(
    request: IncomingMessage,
    response: ServerResponse,
    url: URL,
    name: string
  ): Promise<void> {
    if (!authorised(request, url, false, response)) return
    if (request.method !== 'POST') {
      sendJson(response, 405, failure('invalid-input', 'Calls are made with POST.'), {
        Allow: 'POST'
      })
      return
    }
    let input: unknown
    try {
      input = await readJsonBody(request, limits.body)
    } catch (error) {
      if (!(error instanceof BodyError)) throw error
      // The rest of a refused body is not worth reading: answer, then drop the connection.
      response.on('finish', () => request.socket.destroy())
      sendJson(response, error.status, failure('invalid-input', error.message), {
        Connection: 'close'
      })
      return
    }
    // Call names are plain ASCII (`settings.update`); anything else is simply not found by the core.
    const reply = await options.core.invoke(name, input)
    sendJson(response, reply.ok ? 200 : httpStatusForError[reply.error.code], reply)
  }

  function handleEvents(request: IncomingMessage, response: ServerResponse, url: URL): void {
    if (!authorised(request, url, true, response)) return
    // A stream is quiet between events and keep-alives: the idle timeout is not for it.
    request.socket.setTimeout(0)
    for (const [stopOldest, socket] of openStreams) {
      if (openStreams.size < limits.maxEventStreams) break
      // Destroyed, not ended: an ended stream would leave a reusable keep-alive socket behind.
      socket.destroy()
      stopOldest()
      openStreams.delete(stopOldest)
    }
    const stop = streamEvents(response, options.core.events, securityHeaders)
    openStreams.set(stop, request.socket)
    response.on('close', () => openStreams.delete(stop))
  }

  async function handleStatic(
    request: IncomingMessage,
    response: ServerResponse,
    rawPath: string
  ): Promise<void> {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      sendText(response, 405, 'Method not allowed.')
      return
    }
    if (options.rendererDir === null) {
      sendText(response, 404, 'This server has no user interface; use the API under /api/.')
      return
    }
    const result = await serveStaticFile(
      options.rendererDir,
      rawPath,
      response,
      securityHeaders,
      request.method === 'HEAD'
    )
    if (result === 'forbidden') sendText(response, 403, 'Forbidden.')
    if (result === 'not-found') {
      const hint =
        rawPath === '/' ? ' The user interface is not built yet: run npm run build first.' : ''
      sendText(response, 404, `Not found.${hint}`)
    }
  }

  function authorised(
    request: IncomingMessage,
    url: URL,
    allowQuery: boolean,
    response: ServerResponse
  ): boolean {
    if (tokensMatch(token, presentedToken(request, url, allowQuery))) return true
    sendJson(
      response,
      401,
      failure(
        'unauthorized',
        'Missing or wrong access token. Open the address that `kassabrug serve` printed.'
      ),
      {
        'WWW-Authenticate': 'Bearer'
      }
    )
    return false
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, loopback, () => {
      server.off('error', reject)
      resolve()
    })
  })
  port = (server.address() as AddressInfo).port

  return {
    port,
    token,
    url: `http://${loopback}:${port}/#token=${token}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const stop of openStreams.keys()) stop()
        server.close(() => resolve())
        server.closeAllConnections()
      })
  }
}

function failure(code: ErrorCode, message: string): Reply<never> {
  return { ok: false, error: { code, message } }
}

function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  extra: Record<string, string> = {}
): void {
  const text = JSON.stringify(body)
  response.writeHead(status, {
    ...securityHeaders,
    ...extra,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(text)),
    'Cache-Control': 'no-store'
  })
  response.end(text)
}

function sendText(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, {
    ...securityHeaders,
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(text)),
    'Cache-Control': 'no-store'
  })
  response.end(text)
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
