import type { Agent } from 'node:http'
import PQueue from 'p-queue'
import type { ZodType } from 'zod'
import type { Clock } from '../../clock'
import type { Logger } from '../../logger'
import { ConnectorError, type ConnectorErrorDetails } from '../connector-error'
import { redactSecrets } from '../redact'
import { withRetry, type RetryPolicy } from '../retry'
import { classifyHttpFailure, classifyNetworkFailure } from './classify-error'
import { exchange, ExchangeFailure, keepAliveAgent, type HttpAnswer } from './http-exchange'

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'
export type QueryValue = string | number | boolean | undefined

export interface RequestSpec<T> {
  method: HttpMethod
  /** The path template as the reference writes it; it names the operation in errors and logs. */
  template: string
  params?: Record<string, string>
  query?: Record<string, QueryValue>
  body?: unknown
  /** null: the answer is 204 No Content. */
  schema: ZodType<T> | null
  /** May the request be repeated when it may have landed? Default: every method but POST. */
  idempotent?: boolean
}

export interface TransportConfig {
  apiKey: string
  baseUrl: string
  maxConcurrentRequests: number
  timeoutMs: number
  maxResponseBytes: number
  retry: RetryPolicy
  clock: Clock
  logger: Logger
  random?: () => number
}

/** The template with every `{name}` replaced by its encoded parameter. */
export function fillPath(
  template: string,
  params: Record<string, string> | undefined,
  operation = template
): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params?.[name]
    if (value === undefined) throw new Error(`Missing path parameter ${name} for ${operation}`)
    return encodeURIComponent(value)
  })
}

/** The API allows 10 simultaneous requests per user; we never go above that. */
export const accountConcurrencyCap = 10

/**
 * Every Mailchimp call of one client goes through here: one limiter for the account (shared by
 * every flow using the client), an account-wide pause when Mailchimp throttles, bounded retries,
 * classification into ConnectorError, and zod validation of what comes back. The API key is
 * sent in the Authorization header only and scrubbed from every message.
 */
export class MailchimpTransport {
  private readonly base: URL
  /** Connections kept open between requests; the limiter bounds how many are in use at once. */
  private readonly agent: Agent
  private readonly headers: Record<string, string>
  private readonly queue: PQueue
  private pausedUntil = 0

  /** Requests sent at once: the account limiter's width. */
  get concurrency(): number {
    return this.queue.concurrency
  }

  constructor(private readonly config: TransportConfig) {
    this.queue = new PQueue({
      concurrency: Math.max(1, Math.min(accountConcurrencyCap, config.maxConcurrentRequests))
    })
    // The Marketing API answers where it is asked: redirects are not followed, a 3xx is an
    // answer like any other non-2xx.
    this.base = new URL(config.baseUrl.replace(/\/+$/, ''))
    this.agent = keepAliveAgent(this.base)
    this.headers = {
      Authorization: `Basic ${Buffer.from(`kassabrug:${config.apiKey}`).toString('base64')}`,
      Accept: 'application/json',
      'User-Agent': 'Kassabrug'
    }
  }

  async request<T>(spec: RequestSpec<T>): Promise<T> {
    const operation = `${spec.method} ${spec.template}`
    try {
      return await withRetry(
        async () => {
          // The connection is one of the account's few: it is given back as soon as the answer
          // is in (a refusal, a throttle's pause included), and an accepted answer read after.
          const body = await this.queue.add(() => this.exchange(spec, operation), {
            throwOnTimeout: true
          })
          return parseAnswer(spec.schema, body, operation)
        },
        this.config.retry,
        {
          clock: this.config.clock,
          random: this.config.random,
          onRetry: (error, attempt, delayMs) =>
            this.config.logger.warn(
              { operation, kind: error.kind, attempt, delayMs },
              'Mailchimp call will be retried'
            )
        },
        // A POST creates: repeating one that may have reached Mailchimp could create twice.
        { idempotent: spec.idempotent ?? spec.method !== 'POST' }
      )
    } catch (error) {
      throw this.scrub(error)
    }
  }

  /** One request, up to its answer: an accepted answer's body, else the refusal thrown. */
  private async exchange<T>(
    spec: RequestSpec<T>,
    operation: string
  ): Promise<{ body: string; contentType: string }> {
    await this.waitWhilePaused()
    const url = new URL(this.base)
    url.pathname += fillPath(spec.template, spec.params, operation)
    for (const [name, value] of Object.entries(spec.query ?? {}))
      if (value !== undefined) url.searchParams.set(name, String(value))
    const send = () =>
      exchange(url, {
        method: spec.method,
        headers:
          spec.body === undefined
            ? this.headers
            : { ...this.headers, 'Content-Type': 'application/json' },
        body: spec.body === undefined ? undefined : JSON.stringify(spec.body),
        timeoutMs: this.config.timeoutMs,
        maxResponseBytes: this.config.maxResponseBytes,
        agent: this.agent
      })
    let response: HttpAnswer
    try {
      response = await send().catch((error: unknown) => {
        // A kept connection the server closed while this process was busy: the request never
        // reached Mailchimp (Node's advice: send it again on a new one), also a POST.
        if (
          error instanceof ExchangeFailure &&
          error.code === 'ECONNRESET' &&
          error.reusedSocket &&
          !error.answered
        )
          return send()
        throw error
      })
    } catch (error) {
      if (!(error instanceof ExchangeFailure)) throw error
      if (error.code === 'RESPONSE_TOO_LARGE') {
        throw new ConnectorError(
          'invalid-response',
          'mailchimp',
          `Mailchimp ${operation} answered with more than ${Math.round(this.config.maxResponseBytes / 1048576)} MB; refused unread.`,
          { operation, code: 'RESPONSE_TOO_LARGE', mayHaveLanded: true }
        )
      }
      throw classifyNetworkFailure(operation, error.code, this.config.timeoutMs)
    }
    const body = response.body.toString('utf8')
    this.config.logger.debug({ operation, status: response.status }, 'Mailchimp call')
    if (response.status < 200 || response.status > 299) {
      const failure = classifyHttpFailure(
        operation,
        {
          status: response.status,
          contentType: String(response.headers['content-type'] ?? ''),
          body,
          retryAfterHeader: response.headers['retry-after']
        },
        this.config.clock.now()
      )
      if (failure.kind === 'throttle') this.pauseAccount(failure.details.retryAfterMs)
      throw failure
    }
    return { body, contentType: String(response.headers['content-type'] ?? '') }
  }

  /** One throttled answer pauses every flow on this account, not just the request that got it. */
  private pauseAccount(retryAfterMs: number | undefined): void {
    const random = this.config.random ?? Math.random
    const pauseMs = retryAfterMs ?? Math.round(this.config.retry.baseDelayMs * (0.5 + random()))
    this.pausedUntil = Math.max(this.pausedUntil, this.config.clock.now() + pauseMs)
    this.config.logger.warn({ pauseMs }, 'Mailchimp is throttling; pausing the account')
  }

  private async waitWhilePaused(): Promise<void> {
    // Bounded: a pause can be extended by other throttled answers, but not forever.
    for (let round = 0; round < 20; round++) {
      const waitMs = this.pausedUntil - this.config.clock.now()
      if (waitMs <= 0) return
      await this.config.clock.sleep(waitMs)
    }
  }

  private scrub(error: unknown): unknown {
    if (!(error instanceof ConnectorError)) {
      const message = redactSecrets(error instanceof Error ? error.message : String(error), [
        this.config.apiKey
      ])
      return new ConnectorError(
        'transient',
        'mailchimp',
        `Mailchimp call failed unexpectedly: ${message}`
      )
    }
    const message = redactSecrets(error.message, [this.config.apiKey])
    return message === error.message
      ? error
      : new ConnectorError(error.kind, 'mailchimp', message, error.details)
  }
}

/** JSON, or JSON under a more specific name (application/problem+json). */
const jsonContentType = /^application\/(?:[\w.-]+\+)?json\s*(?:;|$)/i

/**
 * A 2xx answer as its schema promises, or an invalid-response error that says what came instead:
 * no body, another content type (a proxy's or captive portal's page), incomplete JSON, or JSON
 * of another shape (with the fields that are wrong). The call may have done its work.
 */
function parseAnswer<T>(
  schema: ZodType<T> | null,
  answer: { body: string; contentType: string },
  operation: string
): T {
  if (schema === null) return undefined as T
  const { body, contentType } = answer
  const refuse = (
    code: string,
    message: string,
    fieldErrors?: ConnectorErrorDetails['fieldErrors']
  ) =>
    new ConnectorError('invalid-response', 'mailchimp', `Mailchimp ${operation} ${message}`, {
      operation,
      code,
      mayHaveLanded: true,
      ...(fieldErrors ? { fieldErrors } : {})
    })
  if (body.trim() === '')
    throw refuse('EMPTY_RESPONSE', 'answered with an empty body instead of JSON.')
  const preview = body.slice(0, 60).replace(/\s+/g, ' ')
  if (contentType !== '' && !jsonContentType.test(contentType)) {
    throw refuse(
      'WRONG_CONTENT_TYPE',
      `answered with ${contentType.split(';')[0].trim()} instead of JSON (${body.length} bytes, starting "${preview}").`
    )
  }
  let json: unknown
  try {
    json = JSON.parse(body)
  } catch {
    throw refuse(
      'NOT_JSON',
      `answered with something that is not complete JSON (${body.length} bytes, starting "${preview}").`
    )
  }
  const parsed = schema.safeParse(json)
  if (parsed.success) return parsed.data
  const issues = parsed.error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
    .join('; ')
  throw refuse(
    'SCHEMA_MISMATCH',
    `answered with an unexpected shape: ${issues}`,
    parsed.error.issues
      .slice(0, 20)
      .map((issue) => ({ field: issue.path.join('.'), message: issue.message }))
  )
}
