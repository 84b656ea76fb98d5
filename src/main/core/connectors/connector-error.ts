/**
 * How a failed API call is classified. The sync engine decides retries and the needs-attention
 * queue from `kind` alone, so both connectors must map every failure to one of these.
 *
 * - auth: credentials wrong or revoked — stop the connection, tell the user.
 * - throttle: the API asked us to slow down (429, Mailchimp's bare 403) — pause and retry.
 * - transient: network, timeout, 5xx — retry with backoff.
 * - permanent: the API refused this request as such (4xx, SOAP Client fault) — do not retry.
 * - business: the call worked but the API reported a non-OK result for this record.
 * - validation: our own check refused the record before sending (bad e-mail, non-numeric SKU).
 * - invalid-response: the API answered something that is not what its schema promises.
 */
export const connectorErrorKinds = [
  'auth',
  'throttle',
  'transient',
  'permanent',
  'business',
  'validation',
  'invalid-response'
] as const
export type ConnectorErrorKind = (typeof connectorErrorKinds)[number]

export type ConnectorName = 'mplus' | 'mailchimp'

export interface ConnectorErrorDetails {
  /** The API operation or endpoint, never a URL with credentials. */
  operation?: string
  httpStatus?: number
  /** API-specific code: SOAP faultcode, Mplus result enum, Mailchimp problem `type`/`title`. */
  code?: string
  /** Per-field problems as the API reported them. */
  fieldErrors?: { field: string; message: string }[]
  /** Milliseconds the API asked us to wait (Retry-After). */
  retryAfterMs?: number
  /**
   * Whether the API may have done the work although the call failed (a timeout or a reset after
   * the request was sent). Unset: only a transient failure may have landed; a throttled call,
   * an answer that reports the failure and a refused connection did nothing.
   */
  mayHaveLanded?: boolean
}

export class ConnectorError extends Error {
  constructor(
    readonly kind: ConnectorErrorKind,
    readonly connector: ConnectorName,
    message: string,
    readonly details: ConnectorErrorDetails = {},
    options?: { cause?: unknown }
  ) {
    super(message, options)
    this.name = 'ConnectorError'
  }

  get retryable(): boolean {
    return this.kind === 'throttle' || this.kind === 'transient'
  }
}

/** A failed call that may still have done its work: only an idempotent request may be repeated. */
export function mayHaveLanded(error: ConnectorError): boolean {
  return error.details.mayHaveLanded ?? error.kind === 'transient'
}

export function isConnectorError(error: unknown): error is ConnectorError {
  return error instanceof ConnectorError
}
