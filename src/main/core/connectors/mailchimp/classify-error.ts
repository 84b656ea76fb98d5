import { ConnectorError, type ConnectorErrorDetails } from '../connector-error'

/** What an answer looked like, reduced to what classification needs (no headers with secrets). */
export interface HttpOutcome {
  status: number
  contentType: string
  body: string
  retryAfterHeader: string | undefined
}

interface ProblemDocument {
  type?: string
  title?: string
  status?: number
  detail?: string
  errors?: { field?: string; message?: string }[]
}

function parseProblem(body: string): ProblemDocument | null {
  if (!body.trim().startsWith('{')) return null
  try {
    const parsed = JSON.parse(body) as unknown
    return typeof parsed === 'object' && parsed !== null ? (parsed as ProblemDocument) : null
  } catch {
    return null
  }
}

/** Retry-After in seconds or as an HTTP date, in milliseconds. */
export function parseRetryAfter(header: string | undefined, now: number): number | undefined {
  if (!header) return undefined
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1000
  const at = Date.parse(header)
  return Number.isNaN(at) ? undefined : Math.max(0, at - now)
}

/**
 * Turns a non-2xx answer into a ConnectorError. The status code decides the kind, never the body
 * (under load Mailchimp sends 429 or 403 with no body at all); the problem document, when
 * there is one, supplies the title (details.code), the detail text and per-field errors.
 */
export function classifyHttpFailure(
  operation: string,
  outcome: HttpOutcome,
  now: number
): ConnectorError {
  const problem = parseProblem(outcome.body)
  const details: ConnectorErrorDetails = { operation, httpStatus: outcome.status }
  if (problem?.title) details.code = problem.title
  const fieldErrors = (problem?.errors ?? [])
    .filter((entry) => typeof entry.message === 'string')
    .map((entry) => ({ field: entry.field ?? '', message: entry.message ?? '' }))
  if (fieldErrors.length > 0) details.fieldErrors = fieldErrors
  const retryAfterMs = parseRetryAfter(outcome.retryAfterHeader, now)
  if (retryAfterMs !== undefined) details.retryAfterMs = retryAfterMs

  const { status } = outcome
  const describe = (fallback: string): string => {
    const title = problem?.title ?? fallback
    const fields = fieldErrors
      .map((entry) => `${entry.field || '(body)'}: ${entry.message}`)
      .join('; ')
    return `Mailchimp ${operation} failed (${status} ${title})${problem?.detail ? `: ${problem.detail}` : ''}${fields ? ` [${fields}]` : ''}`
  }
  if (status === 429)
    return new ConnectorError('throttle', 'mailchimp', describe('Too Many Requests'), details)
  if (status === 403 && outcome.body.trim() === '')
    return new ConnectorError(
      'throttle',
      'mailchimp',
      `Mailchimp ${operation} was refused with an empty 403, which Mailchimp sends when overloaded; slowing down.`,
      details
    )
  if (status === 401 || status === 403)
    return new ConnectorError(
      'auth',
      'mailchimp',
      describe(status === 401 ? 'API Key Invalid' : 'Forbidden'),
      details
    )
  if (status >= 500 || status === 408) {
    const html = /html/i.test(outcome.contentType) || /^\s*</.test(outcome.body)
    return new ConnectorError(
      'transient',
      'mailchimp',
      html
        ? `Mailchimp ${operation} failed (${status}) with an HTML error page instead of JSON; the request probably timed out at Mailchimp's edge.`
        : describe('Server Error'),
      details
    )
  }
  return new ConnectorError('permanent', 'mailchimp', describe('Bad Request'), details)
}

const neverSent = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN'])

/** Network-level failures (no HTTP answer at all): always worth another try later. */
export function classifyNetworkFailure(
  operation: string,
  code: string | undefined,
  timeoutMs: number
): ConnectorError {
  const reason =
    code === 'ECONNABORTED' || code === 'ETIMEDOUT'
      ? `no answer within ${timeoutMs >= 1000 ? `${Math.round(timeoutMs / 1000)} s` : `${timeoutMs} ms`}`
      : code === 'ECONNREFUSED'
        ? 'the connection was refused (is the network up?)'
        : code === 'ECONNRESET'
          ? 'the connection was reset'
          : code === 'ENOTFOUND' || code === 'EAI_AGAIN'
            ? 'the Mailchimp host name could not be resolved (no internet?)'
            : `network error ${code ?? 'unknown'}`
  return new ConnectorError('transient', 'mailchimp', `Mailchimp ${operation} failed: ${reason}.`, {
    operation,
    code: code ?? 'NETWORK',
    // A timeout, a reset or an unknown failure may come after Mailchimp did the work (reference
    // §1.8: a timed-out call may still run); these codes mean the request never left this machine.
    mayHaveLanded: !neverSent.has(code ?? '')
  })
}
