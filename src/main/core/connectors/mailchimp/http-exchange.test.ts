import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { Socket } from 'node:net'
import { gzipSync } from 'node:zlib'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createMailchimpClient, type MailchimpClient } from './client'

const pong = JSON.stringify({ health_status: "Everything's Chimpy!" })

/** The transport on a raw server that plays what a real connection does between requests. */
describe('Mailchimp transport connections', () => {
  let handle: (request: IncomingMessage, response: ServerResponse, onSocket: number) => void
  const requestsPerSocket = new Map<Socket, number>()
  const server = createServer((request, response) => {
    const count = (requestsPerSocket.get(request.socket) ?? 0) + 1
    requestsPerSocket.set(request.socket, count)
    request.resume()
    request.on('end', () => handle(request, response, count))
  })
  let client: MailchimpClient

  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const port = (server.address() as { port: number }).port
    client = createMailchimpClient({
      apiKey: `${'0'.repeat(32)}-us21`,
      baseUrl: `http://127.0.0.1:${port}/3.0`,
      // No retries: what succeeds here succeeds without the retry layer.
      retry: { attempts: 1, baseDelayMs: 1, maxDelayMs: 1 },
      maxConcurrentRequests: 1
    })
  })
  beforeEach(() => requestsPerSocket.clear())
  afterAll(async () => {
    server.closeAllConnections()
    await new Promise<void>((resolve) => server.close(() => resolve()))
  })

  it('keeps the connection for the next request', async () => {
    handle = (_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' })
      response.end(pong)
    }
    await client.ping()
    await client.ping()
    expect([...requestsPerSocket.values()]).toEqual([2])
  })

  it('sends a request again on a new connection when the kept one was closed under it', async () => {
    handle = (request, response, onSocket) => {
      // The server had given up on the kept connection: the request is never read.
      if (onSocket > 1) {
        request.socket.destroy()
        return
      }
      response.writeHead(200, { 'content-type': 'application/json' })
      response.end(pong)
    }
    await client.ping()
    await expect(client.ping()).resolves.toMatchObject({ health_status: "Everything's Chimpy!" })
    expect([...requestsPerSocket.values()]).toEqual([2, 1])
  })

  it('reads a gzip-compressed answer', async () => {
    handle = (request, response) => {
      expect(request.headers['accept-encoding']).toBe('gzip')
      response.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' })
      response.end(gzipSync(pong))
    }
    await expect(client.ping()).resolves.toMatchObject({ health_status: "Everything's Chimpy!" })
  })
})
