import { systemClock, type Clock } from '../../clock'
import { silentLogger, type Logger } from '../../logger'
import { ConnectorError } from '../connector-error'
import { defaultRetryPolicy, type RetryPolicy } from '../retry'
import { orderOperations } from './order-operations'
import { productOperations } from './product-operations'
import { referenceOperations } from './reference-operations'
import { relationOperations } from './relation-operations'
import type { MplusOperation } from './request-shapes'
import * as schemas from './response-schemas'
import { createMplusCalls, soapCall, type SoapCallContext } from './soap-call'
import {
  defaultOutagePolicy,
  OutageRider,
  type MplusEndpoint,
  type OutagePolicy
} from './transport'
import type { MplusApiVersion } from './types'

export type { SalesDocumentOptions } from './order-operations'
export type { PagingOptions } from './paging'
export type { StockPagingOptions } from './product-operations'

/**
 * The typed MplusQapi client: one method per SOAP operation (same name, camelCase), plain typed
 * results (money in cents, quantities with decimalPlaces, ISO dates), ConnectorError on failure,
 * and async iterators for syncMarker paging.
 */

export interface MplusClientConfig extends MplusEndpoint {
  timeouts?: {
    /** default 30 s (official clients) */
    connectMs?: number
    /** One call's answer, default 60 s; the paged list reads get twice that (`slowOperations`). */
    requestMs?: number
    perOperationMs?: Partial<Record<MplusOperation, number>>
  }
  /** How long calls wait for a till that refuses connections (default about a minute). */
  outage?: OutagePolicy
  /** default 32 MB: a page of 500 items is about 1 MB; anything far larger is refused, not buffered. */
  maxResponseBytes?: number
  retry?: RetryPolicy
  clock?: Clock
  logger?: Logger
}

export type TestConnectionResult =
  | { ok: true; version: MplusApiVersion }
  | { ok: false; kind: ConnectorError['kind']; failure: ConnectorError }

/** Default answer time for one call: a minute (the official clients' 600 s hid outages for ten). */
export const defaultMplusRequestMs = 60_000

/**
 * Records in flight at once for a flow that writes to MplusKASSA. The reference documents no
 * limit and the simulator enforces none; measured against it (300 members, 20 ms a call, see
 * docs/benchmarks.md) 4 → 8 → 16 in flight took 74 → 59 → 41 ms a member without a single
 * error. 8, not more: the API is often the shop's own till server, which serves the checkouts
 * at the same time, and a sync should not crowd them out.
 */
export const mplusInFlight = 8

/** Reads that return a page of up to hundreds of items: they get twice the base time. */
const slowOperations: ReadonlySet<MplusOperation> = new Set([
  'getProducts',
  'getRelations',
  'getArticleGroups',
  'getStock',
  'getOrders',
  'getInvoices',
  'getReceipts'
])

export function createMplusClient(config: MplusClientConfig) {
  const clock = config.clock ?? systemClock
  const baseRequestMs = config.timeouts?.requestMs ?? defaultMplusRequestMs
  const context: SoapCallContext = {
    transport: {
      ...endpointOf(config),
      connectTimeoutMs: config.timeouts?.connectMs ?? 30_000,
      maxResponseBytes: config.maxResponseBytes ?? 32 * 1024 * 1024
    },
    requestTimeoutMs: (operation) =>
      config.timeouts?.perOperationMs?.[operation] ??
      (slowOperations.has(operation) ? 2 * baseRequestMs : baseRequestMs),
    outage: new OutageRider(config.outage ?? defaultOutagePolicy, clock),
    retry: config.retry ?? defaultRetryPolicy,
    clock,
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
          // The Test button answers at once: no retries, no waiting out an outage.
          {
            ...context,
            retry: { ...context.retry, attempts: 1 },
            outage: new OutageRider({ ...defaultOutagePolicy, budgetMs: 0 }, clock)
          },
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
