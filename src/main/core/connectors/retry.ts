import type { Clock } from '../clock'
import { ConnectorError, mayHaveLanded } from './connector-error'

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
 * The one place where a call is retried within a run (the sync engine only decides across runs).
 * Runs `operation` and retries it while it fails with a retryable ConnectorError, with exponential
 * backoff and full jitter (so many clients do not retry in lockstep), honouring a Retry-After the
 * API sent. A request that is not idempotent (a create) is repeated only when its failure
 * certainly did nothing at the API, so a write that may have landed is never sent twice; the
 * flow's lookup-before-create in a later run settles it. Anything else is rethrown at once.
 */
export async function withRetry<T>(
  operation: (attempt: number) => Promise<T>,
  policy: RetryPolicy,
  hooks: RetryHooks,
  request: { idempotent: boolean }
): Promise<T> {
  const random = hooks.random ?? Math.random
  for (let attempt = 1; ; attempt++) {
    try {
      return await operation(attempt)
    } catch (error) {
      if (
        !(error instanceof ConnectorError) ||
        !error.retryable ||
        (!request.idempotent && mayHaveLanded(error)) ||
        attempt >= policy.attempts
      )
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
