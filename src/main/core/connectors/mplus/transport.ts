import { request as httpRequest, type IncomingMessage } from 'node:http'
import { request as httpsRequest } from 'node:https'
import type { TLSSocket } from 'node:tls'
import { ConnectorError } from '../connector-error'

/**
 * One SOAP POST over HTTP(S) with the connect/request timeouts and response-size limit, and optional
 * SHA-256 certificate pinning. Every failure becomes a ConnectorError; messages never contain the
 * URL's query string (ident and secret live there).
 */

/** Where and how to reach one MplusKASSA installation. */
export interface MplusEndpoint {
  host: string
  port: number
  useTls: boolean
  ident: string
  secret: string
  /** SHA-256 of the server certificate (hex, with or without colons). When set, it replaces CA trust. */
  certificateSha256?: string | null
  /** Extra CA certificate(s) in PEM to trust (e.g. a private CA). */
  ca?: string
}

export interface TransportConfig extends MplusEndpoint {
  connectTimeoutMs: number
  maxResponseBytes: number
}

export interface TransportResponse {
  status: number
  body: string
}

export function normaliseFingerprint(fingerprint: string): string {
  return fingerprint.replace(/[^0-9a-f]/gi, '').toLowerCase()
}

function describeNetworkError(
  error: NodeJS.ErrnoException,
  config: TransportConfig
): { kind: 'transient' | 'permanent'; message: string; code: string } {
  const where = `${config.host}:${config.port}`
  const code = error.code ?? 'NETWORK'
  switch (code) {
    case 'ECONNREFUSED':
      return {
        kind: 'transient',
        code,
        message: `Nothing is listening at ${where} (connection refused): check host and port`
      }
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return {
        kind: 'transient',
        code,
        message: `Host ${config.host} cannot be found (DNS): check the host name and the network`
      }
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return { kind: 'transient', code, message: `Host ${where} is unreachable: check the network` }
    case 'ECONNRESET':
    case 'EPIPE':
      return {
        kind: 'transient',
        code,
        message: `The connection to ${where} was reset before a complete answer arrived`
      }
    case 'DEPTH_ZERO_SELF_SIGNED_CERT':
    case 'SELF_SIGNED_CERT_IN_CHAIN':
    case 'UNABLE_TO_VERIFY_LEAF_SIGNATURE':
    case 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY':
    case 'CERT_HAS_EXPIRED':
    case 'ERR_TLS_CERT_ALTNAME_INVALID':
      return {
        kind: 'permanent',
        code,
        message: `The TLS certificate of ${where} is not trusted (${code}): set the certificate fingerprint or fix the certificate`
      }
    default:
      if (code.startsWith('ERR_SSL') || code.includes('TLS') || code.includes('CERT')) {
        return { kind: 'permanent', code, message: `TLS handshake with ${where} failed (${code})` }
      }
      return { kind: 'transient', code, message: `Network error talking to ${where} (${code})` }
  }
}

export function postSoap(
  config: TransportConfig,
  operation: string,
  body: string,
  requestTimeoutMs: number
): Promise<TransportResponse> {
  const query = new URLSearchParams({ ident: config.ident, secret: config.secret }).toString()
  const pinned = config.certificateSha256
    ? normaliseFingerprint(config.certificateSha256)
    : undefined
  const fail = (
    kind: ConnectorError['kind'],
    message: string,
    code: string,
    sent: boolean,
    cause?: unknown
  ): ConnectorError =>
    // Whether the bytes may have reached the server decides if a failed write may be repeated.
    new ConnectorError(kind, 'mplus', message, { operation, code, mayHaveLanded: sent }, { cause })

  return new Promise((resolve, reject) => {
    let settled = false
    let sent = false
    const finish = (error: ConnectorError | undefined, response?: TransportResponse): void => {
      if (settled) return
      settled = true
      clearTimeout(connectTimer)
      clearTimeout(requestTimer)
      if (error) {
        request.destroy()
        reject(error)
      } else if (response) resolve(response)
    }
    const options = {
      host: config.host,
      port: config.port,
      method: 'POST',
      path: `/?${query}`,
      headers: {
        'Content-Type': 'text/xml; charset=utf-8',
        'Content-Length': Buffer.byteLength(body),
        SOAPAction: operation,
        'User-Agent': 'Kassabrug'
      },
      agent: false as const
    }
    const request = config.useTls
      ? httpsRequest({
          ...options,
          ca: config.ca,
          // With a pin, trust comes from the exact certificate instead of a CA chain: the check runs
          // on 'secureConnect' below, before any byte of the request is written.
          rejectUnauthorized: pinned === undefined,
          servername: /^[\d.]+$/.test(config.host) ? undefined : config.host
        })
      : httpRequest(options)

    const connectTimer = setTimeout(
      () =>
        finish(
          fail(
            'transient',
            `Could not connect to ${config.host}:${config.port} within ${config.connectTimeoutMs} ms`,
            'CONNECT_TIMEOUT',
            false
          )
        ),
      config.connectTimeoutMs
    )
    const requestTimer = setTimeout(
      () =>
        finish(
          fail(
            'transient',
            `No complete answer to ${operation} within ${requestTimeoutMs} ms`,
            'TIMEOUT',
            sent
          )
        ),
      requestTimeoutMs
    )

    request.on('socket', (socket) => {
      const connected = (): void => {
        clearTimeout(connectTimer)
        if (pinned) {
          const certificate = (socket as TLSSocket).getPeerCertificate()
          const actual = certificate?.fingerprint256
            ? normaliseFingerprint(certificate.fingerprint256)
            : ''
          if (actual !== pinned) {
            finish(
              fail(
                'permanent',
                `The server certificate of ${config.host}:${config.port} does not match the pinned SHA-256 fingerprint (got ${actual || 'none'})`,
                'CERTIFICATE_PIN_MISMATCH',
                false
              )
            )
            return
          }
        }
        sent = true
        request.end(body)
      }
      socket.once(config.useTls ? 'secureConnect' : 'connect', connected)
    })
    request.on('error', (error: NodeJS.ErrnoException) => {
      const described = describeNetworkError(error, config)
      finish(fail(described.kind, described.message, described.code, sent, error))
    })
    request.on('response', (response: IncomingMessage) => {
      const chunks: Buffer[] = []
      let size = 0
      response.on('data', (chunk: Buffer) => {
        size += chunk.length
        if (size > config.maxResponseBytes) {
          finish(
            fail(
              'invalid-response',
              `The answer to ${operation} is larger than ${Math.round(config.maxResponseBytes / 1048576)} MB; refused`,
              'RESPONSE_TOO_LARGE',
              true
            )
          )
          return
        }
        chunks.push(chunk)
      })
      response.on('aborted', () =>
        finish(fail('transient', `The answer to ${operation} was cut off`, 'ECONNRESET', true))
      )
      response.on('error', (error) =>
        finish(
          fail('transient', `The answer to ${operation} was cut off`, 'ECONNRESET', true, error)
        )
      )
      response.on('end', () =>
        finish(undefined, {
          status: response.statusCode ?? 0,
          body: Buffer.concat(chunks).toString('utf8')
        })
      )
    })
  })
}
