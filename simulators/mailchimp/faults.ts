/**
 * Programmable misbehaviour, so client tests can prove they survive what the live API and the
 * network do under load: throttling (429 or a bare 403), server errors, resets, hangs,
 * truncated JSON and HTML error pages.
 */
export type FaultKind = 'status' | 'reset' | 'hang' | 'truncated-json' | 'html'

export interface FaultSpec {
  kind: FaultKind
  /** For 'status' (429, 403, 500, 502, 503) and 'html' (default 502). */
  status?: number
  /** How many matching requests it hits; default 1. */
  count?: number
  /** Only requests with this method … */
  method?: string
  /** … and whose /3.0-relative path contains this text. */
  pathIncludes?: string
  /** Sent as Retry-After with a 'status' fault. */
  retryAfterSeconds?: number
  /** A 'status' fault with no body at all, as Mailchimp sends under heavy load. */
  bare?: boolean
}

export type ThrottleMode = 'problem-429' | 'bare-403'

/**
 * An operation inside a batch answered with an error instead of being run; the batch itself
 * still finishes, with the failure in its result archive (status_code + problem document).
 */
export interface BatchOperationFault {
  /** 400–599. */
  status: number
  /** Only operations whose path contains this text. */
  pathIncludes?: string
  /** How many matching operations it hits; default 1. */
  count?: number
}

const faultKinds: readonly FaultKind[] = ['status', 'reset', 'hang', 'truncated-json', 'html']

export class FaultInjector {
  latencyMs = 0
  /** What the request over the in-flight cap gets. */
  throttleMode: ThrottleMode = 'problem-429'
  /** The next batch archive leaves out this many results (as a lost file would). */
  batchResultsToDrop = 0
  private readonly queue: (FaultSpec & { remaining: number })[] = []
  private readonly batchOperationQueue: (BatchOperationFault & { remaining: number })[] = []

  injectBatchOperationFault(spec: BatchOperationFault): void {
    if (!Number.isInteger(spec.status) || spec.status < 400 || spec.status > 599)
      throw new Error(`A batch operation fault needs an error status (400–599), not ${spec.status}`)
    this.batchOperationQueue.push({ ...spec, remaining: spec.count ?? 1 })
  }

  /** The fault that hits this batch operation, consuming one of its hits. */
  takeBatchOperationFault(path: string): BatchOperationFault | null {
    const index = this.batchOperationQueue.findIndex(
      (fault) => !fault.pathIncludes || path.includes(fault.pathIncludes)
    )
    if (index === -1) return null
    const fault = this.batchOperationQueue[index]
    fault.remaining--
    if (fault.remaining <= 0) this.batchOperationQueue.splice(index, 1)
    return fault
  }

  inject(spec: FaultSpec): void {
    if (!faultKinds.includes(spec.kind))
      throw new Error(`Unknown fault kind "${String(spec.kind)}"`)
    this.queue.push({ ...spec, remaining: spec.count ?? 1 })
  }

  clear(): void {
    this.queue.length = 0
    this.batchOperationQueue.length = 0
    this.latencyMs = 0
    this.throttleMode = 'problem-429'
    this.batchResultsToDrop = 0
  }

  /** Consumes the armed batch-result drop for one archive. */
  takeBatchResultsToDrop(): number {
    const count = this.batchResultsToDrop
    this.batchResultsToDrop = 0
    return count
  }

  /** Faults still armed (their remaining hits summed), batch operation faults included. */
  pending(): number {
    return [...this.queue, ...this.batchOperationQueue].reduce(
      (sum, fault) => sum + fault.remaining,
      0
    )
  }

  /** The fault that hits this request, consuming one of its hits. */
  take(method: string, path: string): FaultSpec | null {
    const index = this.queue.findIndex(
      (fault) =>
        (!fault.method || fault.method.toUpperCase() === method) &&
        (!fault.pathIncludes || path.includes(fault.pathIncludes))
    )
    if (index === -1) return null
    const fault = this.queue[index]
    fault.remaining--
    if (fault.remaining <= 0) this.queue.splice(index, 1)
    return fault
  }
}
