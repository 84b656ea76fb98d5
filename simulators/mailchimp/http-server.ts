import { randomUUID } from 'node:crypto'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import type { SimulatorContext } from './context'
import { dispatch, type ApiResponse, type CapturedRequest } from './dispatcher'
import type { FaultInjector, FaultSpec } from './faults'
import { ApiProblem, problemTitles } from './problem'
import type { Router } from './router'
import { triggeredProblem } from './trigger-error'

/** The API answers every call within 120 s; a hung call is cut there. */
const apiTimeoutMs = 120_000
const maxBodyBytes = 10 * 1024 * 1024

export interface HttpServerOptions {
  router: Router
  sim: SimulatorContext
  faults: FaultInjector
  apiKey: string
  maxInFlight: number
  observe: (captured: CapturedRequest, response: ApiResponse) => void
  onThrottled: () => void
  /** Admin and batch-result routes outside /3.0; return false when not handled. */
  handleSideRoute: (
    request: IncomingMessage,
    response: ServerResponse,
    url: URL,
    rawBody: string
  ) => Promise<boolean>
}

export interface RunningHttpServer {
  server: Server
  port: number
  inFlight(): number
  close(): Promise<void>
}

function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {}
): void {
  const problem = status >= 400
  const text = JSON.stringify(body)
  response.writeHead(status, {
    'content-type': problem
      ? 'application/problem+json; charset=utf-8'
      : 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'x-request-id': randomUUID(),
    ...(problem
      ? {
          link: '<https://us1.api.mailchimp.com/schema/3.0/ProblemDetailDocument.json>; rel="describedBy"'
        }
      : {}),
    ...headers
  })
  response.end(text)
}

function sendProblem(response: ServerResponse, problem: ApiProblem): void {
  sendJson(response, problem.status, problem.toBody(), problem.headers)
}

/** Basic with any user name and the key as password, or Bearer with the key. */
function presentedKey(request: IncomingMessage): string | null {
  const header = request.headers.authorization
  if (!header) return null
  const [scheme, value = ''] = header.split(' ', 2)
  if (/^basic$/i.test(scheme)) {
    const decoded = Buffer.from(value, 'base64').toString('utf8')
    const colon = decoded.indexOf(':')
    return colon === -1 ? null : decoded.slice(colon + 1)
  }
  if (/^bearer$/i.test(scheme)) return value
  return null
}

function authProblem(request: IncomingMessage, apiKey: string): ApiProblem | null {
  const key = presentedKey(request)
  if (!key)
    return new ApiProblem(401, 'API Key Missing', 'Your request did not include an API key.')
  // A key for another data centre, or another key, is refused alike, as the API does.
  if (key !== apiKey)
    return new ApiProblem(
      401,
      'API Key Invalid',
      "Your API key may be invalid, or you've attempted to access the wrong datacenter."
    )
  return null
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > maxBodyBytes)
      throw new ApiProblem(413, 'Request Entity Too Large', 'The request body is too large.')
    chunks.push(chunk)
  }
  return Buffer.concat(chunks).toString('utf8')
}

function throttleProblem(maxInFlight: number): ApiProblem {
  return new ApiProblem(
    429,
    'Too Many Requests',
    `You have exceeded the limit of ${maxInFlight} simultaneous connections.`
  )
}

/** Applies a fault that replaces the answer; returns true when the request is dealt with. */
function applyReplacingFault(fault: FaultSpec, response: ServerResponse, socket: Socket): boolean {
  switch (fault.kind) {
    case 'reset':
      socket.destroy()
      return true
    case 'hang': {
      const timer = setTimeout(() => socket.destroy(), apiTimeoutMs)
      socket.once('close', () => clearTimeout(timer))
      return true
    }
    case 'html': {
      const html =
        '<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>'
      response.writeHead(fault.status ?? 502, {
        'content-type': 'text/html',
        'content-length': Buffer.byteLength(html)
      })
      response.end(html)
      return true
    }
    case 'status': {
      const status = fault.status ?? 500
      const headers: Record<string, string> =
        fault.retryAfterSeconds !== undefined
          ? { 'retry-after': String(fault.retryAfterSeconds) }
          : {}
      // Under load Mailchimp answers 403 (and sometimes 429) with no body at all.
      if (fault.bare || status === 403) {
        response.writeHead(status, { 'content-length': 0, ...headers })
        response.end()
      } else {
        sendProblem(
          response,
          new ApiProblem(
            status,
            problemTitles[status] ?? 'Error',
            'Injected fault.',
            undefined,
            headers
          )
        )
      }
      return true
    }
    case 'truncated-json':
      return false
  }
}

export function startHttpServer(
  options: HttpServerOptions,
  port: number
): Promise<RunningHttpServer> {
  const { router, sim, faults, apiKey, maxInFlight } = options
  let inFlight = 0
  const sockets = new Set<Socket>()

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const arrived = performance.now()
    const url = new URL(request.url ?? '/', 'http://127.0.0.1')
    const method = (request.method ?? 'GET').toUpperCase()
    if (!url.pathname.startsWith('/3.0')) {
      const rawBody = await readBody(request)
      if (await options.handleSideRoute(request, response, url, rawBody)) return
      sendProblem(
        response,
        new ApiProblem(404, 'Resource Not Found', 'The requested resource could not be found.')
      )
      return
    }
    inFlight++
    response.once('close', () => inFlight--)
    if (inFlight > maxInFlight) {
      options.onThrottled()
      if (faults.throttleMode === 'bare-403') {
        response.writeHead(403, { 'content-length': 0 })
        response.end()
      } else sendProblem(response, throttleProblem(maxInFlight))
      return
    }
    const path = url.pathname.slice('/3.0'.length) || '/'
    const fault = faults.take(method, path)
    if (fault && applyReplacingFault(fault, response, request.socket)) return
    // The latency is the time an answer takes, the simulator's own work included (see README):
    // the answer leaves no sooner than latencyMs after the request came in.
    const afterLatency = async (): Promise<void> => {
      const left = faults.latencyMs - (performance.now() - arrived)
      if (left > 0) await new Promise((resolve) => setTimeout(resolve, left))
    }
    const problem =
      authProblem(request, apiKey) ?? triggeredProblem(request.headers['x-trigger-error'])
    if (problem) {
      await afterLatency()
      return sendProblem(response, problem)
    }
    const override = request.headers['x-http-method-override']
    if (typeof override === 'string' && method !== 'POST')
      return sendProblem(
        response,
        new ApiProblem(
          422,
          'Invalid Method Override',
          'X-HTTP-Method-Override is only allowed on POST requests.'
        )
      )
    const effectiveMethod = typeof override === 'string' ? override.toUpperCase() : method
    const rawBody = await readBody(request)
    const result = await dispatch(
      router,
      sim,
      { method: effectiveMethod, path, query: url.searchParams, rawBody, source: 'http' },
      options.observe
    )
    await afterLatency()
    if (response.destroyed) return
    if (result.body === undefined) {
      response.writeHead(result.status, { 'x-request-id': randomUUID(), ...result.headers })
      response.end()
    } else if (fault?.kind === 'truncated-json') {
      const text = JSON.stringify(result.body)
      const cut = text.slice(0, Math.max(1, Math.floor(text.length / 2)))
      response.writeHead(200, {
        'content-type': 'application/json; charset=utf-8',
        'content-length': Buffer.byteLength(cut)
      })
      response.end(cut)
    } else sendJson(response, result.status, result.body, result.headers)
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (response.headersSent || response.destroyed) return
      sendProblem(
        response,
        error instanceof ApiProblem
          ? error
          : new ApiProblem(500, 'Internal Server Error', String(error))
      )
    })
  })
  server.requestTimeout = apiTimeoutMs + 5_000
  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.once('close', () => sockets.delete(socket))
  })

  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => {
      const address = server.address() as AddressInfo
      resolve({
        server,
        port: address.port,
        inFlight: () => inFlight,
        close: () =>
          new Promise<void>((done) => {
            for (const socket of sockets) socket.destroy()
            server.close(() => done())
          })
      })
    })
  })
}
