import { systemClock, type Clock } from '../../clock'
import { silentLogger, type Logger } from '../../logger'
import { defaultRetryPolicy, type RetryPolicy } from '../retry'
import { dataCenterOf, defaultBaseUrl } from './api-key'
import { accountResource } from './resources/account'
import { batchesResource } from './resources/batches'
import type { ResourceContext } from './resources/context'
import { customersResource } from './resources/customers'
import { listsResource } from './resources/lists'
import { ordersResource } from './resources/orders'
import { productsResource } from './resources/products'
import { storesResource } from './resources/stores'
import { subscriberHash } from './subscriber-hash'
import { accountConcurrencyCap, MailchimpTransport } from './transport'

export type { ConnectionTestResult } from './resources/account'
export type { ListPageOptions } from './resources/context'

export interface MailchimpClientConfig {
  apiKey: string
  /** Override for simulators; default https://<dc>.api.mailchimp.com/3.0 from the key. */
  baseUrl?: string | null
  /** Simultaneous requests for this account (capped at the API's 10); default 4. */
  maxConcurrentRequests?: number
  /** Per request; the API itself gives up after 120 s. */
  timeoutMs?: number
  /** An answer larger than this is refused unread (default 32 MB; a full member page is a few MB). */
  maxResponseBytes?: number
  retry?: RetryPolicy
  clock?: Clock
  logger?: Logger
}

/**
 * One account's client: every resource (resources/*) shares the account's one transport, so one
 * limiter and one throttling pause hold for every flow and setup call.
 */
export function createMailchimpClient(config: MailchimpClientConfig) {
  const dataCenter = dataCenterOf(config.apiKey)
  const clock = config.clock ?? systemClock
  const timeoutMs = config.timeoutMs ?? 120_000
  const transport = new MailchimpTransport({
    apiKey: config.apiKey.trim(),
    baseUrl: config.baseUrl ?? defaultBaseUrl(config.apiKey),
    maxConcurrentRequests: Math.min(accountConcurrencyCap, config.maxConcurrentRequests ?? 4),
    timeoutMs,
    maxResponseBytes: config.maxResponseBytes ?? 32 * 1024 * 1024,
    retry: config.retry ?? defaultRetryPolicy,
    clock,
    logger: config.logger ?? silentLogger
  })
  const context: ResourceContext = { request: (spec) => transport.request(spec), clock }
  return {
    dataCenter,
    /** Requests in flight at once for this account, shared by every flow and setup call. */
    maxConcurrentRequests: transport.concurrency,
    ...accountResource(context),
    ...listsResource(context),
    ...storesResource(context),
    ...customersResource(context),
    ...productsResource(context),
    ...ordersResource(context),
    ...batchesResource(transport, clock, timeoutMs)
  }
}

export type MailchimpClient = ReturnType<typeof createMailchimpClient>
export { subscriberHash }
