import { mkdirSync, writeFileSync } from 'node:fs'
import {
  request as httpRequest,
  type ClientRequest,
  type IncomingHttpHeaders,
  type IncomingMessage
} from 'node:http'
import { connect } from 'node:net'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { useTempDir } from '../../../tests/support/temp-dir'
import { createCore, type Core } from '../core/create-core'
import { MemorySecretStore } from '../core/secrets/memory-store'
import { startServer, type BridgeLimits, type RunningServer } from './server'

const tempDir = useTempDir('kassabrug-serve-')
const running: Array<{ server: RunningServer; core: Core }> = []

afterEach(async () => {
  for (const { server, core } of running.splice(0)) {
    await server.close()
    await core.close()
  }
})

async function start(
  limits?: Partial<BridgeLimits>
): Promise<{ server: RunningServer; rendererDir: string; dataDir: string }> {
  const dataDir = tempDir()
  const rendererDir = join(tempDir(), 'renderer')
  mkdirSync(join(rendererDir, 'assets'), { recursive: true })
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Kassabrug</title>')
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log("app")')
  const core = await createCore({
    dataDir,
    secrets: new MemorySecretStore(),
    version: '9.9.9-test'
  })
  const server = await startServer({ core, port: 0, rendererDir, limits })
  running.push({ server, core })
  return { server, rendererDir, dataDir }
}

interface RawResponse {
  status: number
  headers: IncomingHttpHeaders
  body: string
}

/** A raw request: node:http keeps the path exactly as written (no `..` clean-up) and any Host. */
function send(
  server: RunningServer,
  options: {
    method?: string
    path: string
    headers?: Record<string, string>
    body?: string | Buffer
  }
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port: server.port,
        method: options.method ?? 'GET',
        path: options.path,
        headers: { Host: `127.0.0.1:${server.port}`, ...options.headers }
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString()
          })
        )
      }
    )
    req.on('error', reject)
    req.end(options.body)
  })
}

function call(
  server: RunningServer,
  name: string,
  input: unknown,
  token = server.token
): Promise<RawResponse> {
  return send(server, {
    method: 'POST',
    path: `/api/call/${name}`,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(input)
  })
}

/** Opens a response that stays open (an event stream); resolves once its headers arrive. */
function openStream(
  server: RunningServer,
  path: string,
  headers: Record<string, string> = {}
): Promise<{ request: ClientRequest; response: IncomingMessage }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      {
        host: '127.0.0.1',
        port: server.port,
        path,
        headers: { Host: `127.0.0.1:${server.port}`, ...headers }
      },
      (response) => resolve({ request, response })
    )
    request.on('error', reject)
    request.end()
  })
}

describe('kassabrug serve HTTP bridge', () => {
  it('listens on 127.0.0.1 only and prints the token in the URL fragment', async () => {
    const { server } = await start()
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/#token=${server.token}`)
    expect(server.token).toMatch(/^[A-Za-z0-9_-]{43}$/)
  })

  it('answers 401 to a call without a token or with a wrong one', async () => {
    const { server } = await start()
    const missing = await send(server, { method: 'POST', path: '/api/call/app.status', body: '{}' })
    expect(missing.status).toBe(401)
    expect(JSON.parse(missing.body)).toMatchObject({ ok: false, error: { code: 'unauthorized' } })
    const wrong = await call(server, 'app.status', {}, `${server.token}x`)
    expect(wrong.status).toBe(401)
  })

  it('answers 403 to a foreign Host header (DNS rebinding) and a foreign Origin', async () => {
    const { server } = await start()
    const auth = { Authorization: `Bearer ${server.token}` }
    const rebound = await send(server, {
      method: 'POST',
      path: '/api/call/app.status',
      headers: { ...auth, Host: `evil.example:${server.port}` },
      body: '{}'
    })
    expect(rebound.status).toBe(403)
    const otherPort = await send(server, {
      path: '/',
      headers: { Host: `127.0.0.1:${server.port + 1}` }
    })
    expect(otherPort.status).toBe(403)
    const foreignOrigin = await send(server, {
      method: 'POST',
      path: '/api/call/app.status',
      headers: { ...auth, Origin: 'http://evil.example' },
      body: '{}'
    })
    expect(foreignOrigin.status).toBe(403)
    const localhost = await send(server, {
      method: 'POST',
      path: '/api/call/app.status',
      headers: { ...auth, Host: `localhost:${server.port}` },
      body: '{}'
    })
    expect(localhost.status).toBe(200)
  })

  it('refuses a body over 1 MB with 413', async () => {
    const { server } = await start()
    const huge = JSON.stringify({ language: 'x'.repeat(1024 * 1024) })
    const response = await call(server, 'settings.update', JSON.parse(huge))
    expect(response.status).toBe(413)
    expect(JSON.parse(response.body).error.message).toContain('larger than 1048576 bytes')
  })

  it('refuses an oversized chunked body (no Content-Length) with 413 and keeps serving', async () => {
    const { server } = await start()
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(
        {
          host: '127.0.0.1',
          port: server.port,
          method: 'POST',
          path: '/api/call/settings.update',
          headers: { Host: `127.0.0.1:${server.port}`, Authorization: `Bearer ${server.token}` }
        },
        (res) => {
          res.resume()
          resolve(res.statusCode ?? 0)
        }
      )
      // The server may close the socket before the whole body is sent; only its answer matters.
      req.on('error', (error: NodeJS.ErrnoException) => {
        if (error.code !== 'ECONNRESET' && error.code !== 'EPIPE') reject(error)
      })
      const piece = Buffer.alloc(64 * 1024, 0x20)
      for (let sent = 0; sent < 2 * 1024 * 1024; sent += piece.length) req.write(piece)
      req.end()
    })
    expect(status).toBe(413)
    expect((await call(server, 'app.status', {})).status).toBe(200)
  })

  it('ends open event streams when it closes', async () => {
    const { server } = await start()
    const { response } = await openStream(server, '/api/events', {
      Authorization: `Bearer ${server.token}`
    })
    const ended = new Promise<string>((resolve) => {
      response.once('end', () => resolve('end'))
      response.once('close', () => resolve('close'))
      response.resume()
    })
    await server.close()
    expect(['end', 'close']).toContain(await ended)
  })

  it('round-trips a real call through the core and its SQLite file', async () => {
    const { server, dataDir } = await start()
    const status = await call(server, 'app.status', {})
    expect(status.status).toBe(200)
    const reply = JSON.parse(status.body)
    expect(reply.ok).toBe(true)
    expect(reply.value.dataDir).toBe(dataDir)
    expect(reply.value.version).toBe('9.9.9-test')
    expect(reply.value.database.schemaVersion).toBeGreaterThan(0)

    const updated = await call(server, 'settings.update', { language: 'fr', logRetentionDays: 14 })
    expect(JSON.parse(updated.body).value).toMatchObject({ language: 'fr', logRetentionDays: 14 })
    const read = await call(server, 'settings.get', {})
    expect(JSON.parse(read.body).value).toMatchObject({ language: 'fr', logRetentionDays: 14 })
  })

  it('answers 400 with the zod issues for invalid input, 400 for bad JSON, 404 for an unknown call', async () => {
    const { server } = await start()
    const invalid = await call(server, 'settings.update', { logRetentionDays: -3, language: 'de' })
    expect(invalid.status).toBe(400)
    const reply = JSON.parse(invalid.body)
    expect(reply.error.code).toBe('invalid-input')
    const paths = reply.error.issues.map((issue: { path: string }) => issue.path).sort()
    expect(paths).toEqual(['language', 'logRetentionDays'])

    const badJson = await send(server, {
      method: 'POST',
      path: '/api/call/settings.update',
      headers: { Authorization: `Bearer ${server.token}` },
      body: '{"language":'
    })
    expect(badJson.status).toBe(400)
    expect(JSON.parse(badJson.body).error.message).toContain('not valid JSON')

    const unknown = await call(server, 'app.selfDestruct', {})
    expect(unknown.status).toBe(404)
    expect(JSON.parse(unknown.body).error.code).toBe('not-found')
  })

  it('streams status.changed over SSE after settings.update', async () => {
    const { server } = await start()
    const { request, response } = await openStream(
      server,
      `/api/events?token=${encodeURIComponent(server.token)}`
    )
    expect(response.headers['content-type']).toContain('text/event-stream')
    const payload = await new Promise<string>((resolve) => {
      let text = ''
      response.on('data', (chunk: Buffer) => {
        const first = text === ''
        text += chunk.toString()
        // The first comment line means the subscription is live: now cause an event.
        if (first) void call(server, 'settings.update', { storePayloads: false })
        const match = /event: status\.changed\ndata: (.+)\n\n/.exec(text)
        if (match) resolve(match[1])
      })
    })
    request.destroy()
    const current = JSON.parse((await call(server, 'app.status', {})).body).value
    expect(JSON.parse(payload)).toEqual(current)
    expect(current.database.schemaVersion).toBeGreaterThan(0)

    const noToken = await send(server, { path: '/api/events' })
    expect(noToken.status).toBe(401)
  })

  it('serves the renderer with CSP and MIME types and refuses path traversal', async () => {
    const { server } = await start()
    const index = await send(server, { path: '/' })
    expect(index.status).toBe(200)
    expect(index.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(index.headers['content-security-policy']).toContain("default-src 'self'")
    expect(index.headers['content-security-policy']).not.toContain('unsafe-eval')
    const script = await send(server, { path: '/assets/app.js' })
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8')
    expect(script.body).toBe('console.log("app")')

    for (const path of [
      '/../../../../etc/passwd',
      '/assets/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
      '/..%2f..%2fetc%2fpasswd',
      '/%5c..%5c..%5cetc%5cpasswd'
    ]) {
      const response = await send(server, { path })
      expect(response.status, path).toBe(403)
      expect(response.body).not.toContain('root:')
    }
    expect((await send(server, { path: '/missing.js' })).status).toBe(404)
  })
})

/**
 * Writes raw bytes on a plain TCP socket (pieces sent one by one, the last left hanging) and
 * collects everything the server sends until it closes the connection.
 */
function rawExchange(server: RunningServer, pieces: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(server.port, '127.0.0.1')
    let received = ''
    socket.on('data', (chunk: Buffer) => (received += chunk.toString()))
    socket.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'ECONNRESET') reject(error)
    })
    socket.on('close', () => resolve(received))
    socket.on('connect', () => {
      for (const piece of pieces) socket.write(piece)
    })
  })
}

function callHead(server: RunningServer, name: string, length: number): string {
  return (
    `POST /api/call/${name} HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\n` +
    `Authorization: Bearer ${server.token}\r\nContent-Type: application/json\r\n` +
    `Content-Length: ${length}\r\n\r\n`
  )
}

describe('kassabrug serve withstands abuse', () => {
  it('answers 400 to JSON nested thousands of levels deep, and to moderately deep JSON', async () => {
    const { server } = await start()
    const deep = await send(server, {
      method: 'POST',
      path: '/api/call/settings.update',
      headers: { Authorization: `Bearer ${server.token}` },
      body: '['.repeat(5000) + ']'.repeat(5000)
    })
    expect(deep.status).toBe(400)
    expect(JSON.parse(deep.body).error).toEqual({
      code: 'invalid-input',
      message: 'The request body is nested far deeper than 32 levels.'
    })
    const nested = '{"a":'.repeat(40) + '1' + '}'.repeat(40)
    const moderate = await call(server, 'settings.update', JSON.parse(nested))
    expect(moderate.status).toBe(400)
    expect(JSON.parse(moderate.body).error.message).toBe(
      'The request body is nested deeper than 32 levels.'
    )
    // Brackets inside strings are text, not nesting.
    const inString = await call(server, 'app.status', {})
    expect(inString.status).toBe(200)
    const text = await call(server, 'settings.update', { language: '[[[[{{{{'.repeat(20) })
    expect(JSON.parse(text.body).error.code).toBe('invalid-input')
    expect(JSON.parse(text.body).error.issues[0].path).toBe('language')
  })

  it('refuses null and every body that is not a JSON object with 400', async () => {
    const { server } = await start()
    for (const [body, what] of [
      ['null', 'null'],
      ['[]', 'an array'],
      ['42', 'number'],
      ['"settings"', 'string'],
      ['true', 'boolean']
    ]) {
      const response = await send(server, {
        method: 'POST',
        path: '/api/call/app.status',
        headers: { Authorization: `Bearer ${server.token}` },
        body
      })
      expect(response.status, body).toBe(400)
      expect(JSON.parse(response.body).error.message).toBe(
        `The request body must be a JSON object, not ${what}.`
      )
    }
  })

  it('answers 408 to a body that trickles in with a valid token, and closes the connection', async () => {
    const { server } = await start({
      body: { maxBytes: 1024 * 1024, maxDepth: 32, timeoutMs: 300 }
    })
    const received = await rawExchange(server, [callHead(server, 'app.status', 100), '{"a":'])
    expect(received).toMatch(/^HTTP\/1\.1 408 /)
    expect(received).toContain('did not arrive within 0.3 s.')
    expect(received.toLowerCase()).toContain('connection: close')
    expect((await call(server, 'app.status', {})).status).toBe(200)
  })

  it('answers 408 to headers that never finish, and closes the connection', async () => {
    const { server } = await start({ headersTimeoutMs: 300, idleTimeoutMs: 60_000 })
    const partial = await rawExchange(server, [
      `GET /api/events HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\n`
    ])
    // Node answers 408 itself, then closes; the exchange ending at all proves the close.
    expect(partial).toMatch(/^HTTP\/1\.1 408 /)
  })

  it('closes a connection that sends nothing once it has been idle', async () => {
    const { server } = await start({ headersTimeoutMs: 60_000, idleTimeoutMs: 300 })
    expect(await rawExchange(server, [])).toBe('')
  })

  it('closes the oldest event stream beyond the cap and keeps the newer ones', async () => {
    const { server } = await start({ maxEventStreams: 2 })
    const auth = { Authorization: `Bearer ${server.token}` }
    const first = await openStream(server, '/api/events', auth)
    const firstClosed = new Promise<void>((resolve) => first.response.once('close', resolve))
    first.response.resume()
    const second = await openStream(server, '/api/events', auth)
    const third = await openStream(server, '/api/events', auth)
    await firstClosed
    const heard = [second, third].map(
      ({ response }) =>
        new Promise<void>((resolve) => {
          let text = ''
          response.on('data', (chunk: Buffer) => {
            text += chunk.toString()
            if (text.includes('event: status.changed')) resolve()
          })
        })
    )
    await call(server, 'settings.update', { storePayloads: false })
    await Promise.all(heard)
    second.request.destroy()
    third.request.destroy()
  })
})
