import {
  Agent as HttpAgent,
  request as httpRequest,
  type IncomingHttpHeaders,
  type IncomingMessage
} from 'node:http'
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https'
import type { Readable } from 'node:stream'
import { createGunzip } from 'node:zlib'

/**
 * One HTTP(S) request and its whole answer, straight on Node's http: a sync sends thousands of
 * requests, and a general client's per-request layers (config merging, interceptors, adapters)
 * cost more CPU than the request itself. Nothing here retries or classifies: the caller does.
 */

export interface HttpAnswer {
  status: number
  headers: IncomingHttpHeaders
  body: Buffer
}

export interface ExchangeOptions {
  method: string
  headers: Record<string, string>
  body?: string
  /** From the request's start until the whole answer is in. */
  timeoutMs: number
  /** Counted as the (decompressed) answer streams in; past it the request is dropped. */
  maxResponseBytes: number
  /** A keep-alive agent for the host; Node's global one when left out. */
  agent?: HttpAgent
}

/**
 * No answer came (a Node error code, `ETIMEDOUT` for the timeout) or it was refused or cut off
 * (`RESPONSE_TOO_LARGE`, `ECONNRESET` once the answer had begun).
 */
export class ExchangeFailure extends Error {
  constructor(
    readonly code: string,
    /** The request went out on a kept connection (a reset then means the server had closed it). */
    readonly reusedSocket: boolean,
    /** The answer had begun: the server read the request. */
    readonly answered: boolean,
    options?: { cause?: unknown }
  ) {
    super(`HTTP exchange failed: ${code}`, options)
    this.name = 'ExchangeFailure'
  }
}

/** A keep-alive agent as Node's global one is, for the requests of one client to one host. */
export function keepAliveAgent(url: URL): HttpAgent {
  const options = { keepAlive: true, scheduling: 'lifo' as const, timeout: 5000 }
  return url.protocol === 'https:' ? new HttpsAgent(options) : new HttpAgent(options)
}

export function exchange(url: URL, options: ExchangeOptions): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    let settled = false
    let answered = false
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest
    const request = send(url, {
      method: options.method,
      agent: options.agent,
      headers: {
        ...options.headers,
        'Accept-Encoding': 'gzip',
        ...(options.body === undefined
          ? {}
          : { 'Content-Length': String(Buffer.byteLength(options.body)) })
      }
    })
    const finish = (failure: string | undefined, answer?: HttpAnswer, cause?: unknown): void => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      if (failure === undefined && answer) return resolve(answer)
      request.destroy()
      reject(new ExchangeFailure(failure ?? 'NETWORK', request.reusedSocket, answered, { cause }))
    }
    const timer = setTimeout(() => finish('ETIMEDOUT'), options.timeoutMs)
    request.on('error', (error: NodeJS.ErrnoException) =>
      finish(answered ? 'ECONNRESET' : (error.code ?? 'NETWORK'), undefined, error)
    )
    request.on('response', (response: IncomingMessage) => {
      answered = true
      const declared = Number(response.headers['content-length'])
      if (declared > options.maxResponseBytes) return finish('RESPONSE_TOO_LARGE')
      const stream: Readable =
        response.headers['content-encoding'] === 'gzip' ? response.pipe(createGunzip()) : response
      const chunks: Buffer[] = []
      let size = 0
      stream.on('data', (chunk: Buffer) => {
        size += chunk.length
        if (size > options.maxResponseBytes) return finish('RESPONSE_TOO_LARGE')
        chunks.push(chunk)
      })
      response.on('aborted', () => finish('ECONNRESET'))
      response.on('error', (error) => finish('ECONNRESET', undefined, error))
      if (stream !== response)
        stream.on('error', (error: NodeJS.ErrnoException) =>
          finish(error.code ?? 'Z_DATA_ERROR', undefined, error)
        )
      stream.on('end', () =>
        finish(undefined, {
          status: response.statusCode ?? 0,
          headers: response.headers,
          body: Buffer.concat(chunks)
        })
      )
    })
    request.end(options.body)
  })
}
