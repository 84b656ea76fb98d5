/**
 * Programmatic fault injection. A rule makes the next N calls of an operation (or of any operation,
 * '*') fail in one way; latency can be added per operation or globally ("slow server").
 */
export const faultKinds = [
  /** HTTP 500 with a SOAP Fault whose faultcode is SOAP-ENV:Server (retryable). */
  'server-fault',
  /** HTTP 500 with a SOAP Fault whose faultcode is SOAP-ENV:Client (the request is refused). */
  'client-fault',
  /** The TCP connection is destroyed without an answer, before the operation runs. */
  'connection-reset',
  /** The operation runs (state changes), then the connection is destroyed: the answer is lost. */
  'reset-after-processing',
  /** The server never answers (until the client gives up or the simulator closes). */
  'hang',
  /** The response body is cut off halfway. */
  'truncated',
  /** The response is not XML at all. */
  'malformed',
  /** A schema-valid response with extra unknown elements, as a newer server version might send. */
  'extra-elements'
] as const
export type FaultKind = (typeof faultKinds)[number]

/** Replaces the real response: receives the XML the simulator would have sent. */
export type ResponseRewrite = (xml: string) => {
  status?: number
  body: string | Buffer
  contentType?: string
}

export interface FaultRule {
  operation: string
  kind: FaultKind | 'rewrite'
  remaining: number
  rewrite?: ResponseRewrite
}

export class FaultInjector {
  private rules: FaultRule[] = []
  private readonly latency = new Map<string, number>()
  private slowServerMs = 0

  /** The next `count` calls of `operation` ('*' = any) fail with `kind`. */
  failNext(operation: string, kind: FaultKind, count = 1): void {
    if (!faultKinds.includes(kind)) throw new Error(`Unknown fault kind ${String(kind)}`)
    this.rules.push({ operation, kind, remaining: count })
  }

  /** The next `count` answers to `operation` are replaced by what `rewrite` makes of them. */
  rewriteNext(operation: string, rewrite: ResponseRewrite, count = 1): void {
    this.rules.push({ operation, kind: 'rewrite', remaining: count, rewrite })
  }

  setLatency(operation: string, ms: number): void {
    if (ms > 0) this.latency.set(operation, ms)
    else this.latency.delete(operation)
  }

  /** Every call waits this long (0 turns it off). */
  setSlowServer(ms: number): void {
    this.slowServerMs = Math.max(0, ms)
  }

  clear(): void {
    this.rules = []
    this.latency.clear()
    this.slowServerMs = 0
  }

  /** Consumes and returns the fault for this call, if any. */
  take(operation: string): FaultRule | undefined {
    const rule = this.rules.find(
      (r) => r.remaining > 0 && (r.operation === operation || r.operation === '*')
    )
    if (!rule) return undefined
    rule.remaining--
    this.rules = this.rules.filter((r) => r.remaining > 0)
    return rule
  }

  delayFor(operation: string, baseLatencyMs: number): number {
    return (
      baseLatencyMs +
      this.slowServerMs +
      (this.latency.get(operation) ?? this.latency.get('*') ?? 0)
    )
  }

  describe(): {
    rules: Omit<FaultRule, 'rewrite'>[]
    latency: Record<string, number>
    slowServerMs: number
  } {
    return {
      rules: this.rules.map(({ operation, kind, remaining }) => ({ operation, kind, remaining })),
      latency: Object.fromEntries(this.latency),
      slowServerMs: this.slowServerMs
    }
  }
}
