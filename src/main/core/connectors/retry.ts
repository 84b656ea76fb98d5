import type { Clock } from '../clock'
import { ConnectorError } from './connector-error'

export interface RetryPolicy {
  /** Total tries including the first. */
  attempts: number
  baseDelayMs: number
  maxDelayMs: number
}

export const defaultRetryPolicy: RetryPolicy = { attempts: 5, baseDelayMs: 500, maxDelayMs: 30_000 }

export interface RetryHooks {
  clock: Pick<Clock, 'sleep'>
  random?: () => number
  onRetry?: (error: ConnectorError, attempt: number, delayMs: number) => void
}

/**
 * Runs `operation` and retries it while it fails with a retryable ConnectorError, with exponential
 * backoff and full jitter (so many clients do not retry in lockstep), honouring a Retry-After the
 * API sent. Anything else is rethrown at once.
 */
export async function withRetry<T>(
  operation: (attempt: number) => Promise<T>,
  policy: RetryPolicy,
  hooks: RetryHooks
): Promise<T> {
  const random = hooks.random ?? Math.random
  for (let attempt = 1; ; attempt++) {
    try {
      return await operation(attempt)
    } catch (error) {
      if (!(error instanceof ConnectorError) || !error.retryable || attempt >= policy.attempts)
        throw error
      const delayMs = backoffDelay(attempt, policy, random, error.details.retryAfterMs)
      hooks.onRetry?.(error, attempt, delayMs)
      await hooks.clock.sleep(delayMs)
    }
  }
}

export function backoffDelay(
  attempt: number,
  policy: RetryPolicy,
  random: () => number,
  retryAfterMs?: number
): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1))
  const jittered = Math.round(random() * ceiling)
  return retryAfterMs === undefined ? jittered : Math.max(retryAfterMs, jittered)
}
