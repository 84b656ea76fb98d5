import { systemClock, type Clock } from '../../clock'
import { silentLogger, type Logger } from '../../logger'
import { ConnectorError } from '../connector-error'
import { defaultRetryPolicy, type RetryPolicy } from '../retry'
import { createMplusCalls } from './mplus-calls'
import { orderOperations } from './order-operations'
import { productOperations } from './product-operations'
import { referenceOperations } from './reference-operations'
import { relationOperations } from './relation-operations'
import type { MplusOperation } from './request-shapes'
import * as schemas from './response-schemas'
import { soapCall, type SoapCallContext } from './soap-call'
import type { MplusEndpoint } from './transport'
import type { MplusApiVersion } from './types'

export type { PagingOptions, SalesDocumentOptions, StockPagingOptions } from './mplus-calls'

/**
 * The typed MplusQapi client: one method per SOAP operation (same name, camelCase), plain typed
 * results (money in cents, quantities with decimalPlaces, ISO dates), ConnectorError on failure,
 * and async iterators for syncMarker paging.
 */

export interface MplusClientConfig extends MplusEndpoint {
  timeouts?: {
    /** default 30 s (official clients) */
    connectMs?: number
    /** default 600 s (official clients: calls can be slow) */
    requestMs?: number
    perOperationMs?: Partial<Record<MplusOperation, number>>
  }
  /** default 32 MB: a page of 500 items is about 1 MB; anything far larger is refused, not buffered. */
  maxResponseBytes?: number
  retry?: RetryPolicy
  clock?: Clock
  logger?: Logger
}

export type TestConnectionResult =
  | { ok: true; version: MplusApiVersion }
  | { ok: false; kind: ConnectorError['kind']; failure: ConnectorError }

export function createMplusClient(config: MplusClientConfig) {
  const context: SoapCallContext = {
    transport: {
      ...endpointOf(config),
      connectTimeoutMs: config.timeouts?.connectMs ?? 30_000,
      maxResponseBytes: config.maxResponseBytes ?? 32 * 1024 * 1024
    },
    requestTimeoutMs: (operation) =>
      config.timeouts?.perOperationMs?.[operation] ?? config.timeouts?.requestMs ?? 600_000,
    retry: config.retry ?? defaultRetryPolicy,
    clock: config.clock ?? systemClock,
    logger: config.logger ?? silentLogger
  }
  const calls = createMplusCalls(context)

  return {
    async getApiVersion(): Promise<MplusApiVersion> {
      return calls.call('getApiVersion', {}, schemas.apiVersionSchema)
    },

    /** Calls getApiVersion once (no retries); on failure returns the classified error. */
    async testConnection(): Promise<TestConnectionResult> {
      try {
        const version = await soapCall(
          { ...context, retry: { ...context.retry, attempts: 1 } },
          'getApiVersion',
          {},
          schemas.apiVersionSchema,
          { idempotent: true }
        )
        return { ok: true, version }
      } catch (error) {
        if (!(error instanceof ConnectorError)) throw error
        return { ok: false, kind: error.kind, failure: error }
      }
    },

    ...referenceOperations(calls),
    ...relationOperations(calls),
    ...productOperations(calls),
    ...orderOperations(calls)
  }
}

export type MplusClient = ReturnType<typeof createMplusClient>

function endpointOf({
  host,
  port,
  useTls,
  ident,
  secret,
  certificateSha256,
  ca
}: MplusEndpoint): MplusEndpoint {
  return { host, port, useTls, ident, secret, certificateSha256, ca }
}
