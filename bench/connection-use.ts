/**
 * How fully a run used Mailchimp's connections: the simulator's requests in flight, sampled
 * every 2 ms in the bench's process (where the simulator runs). A run at the concurrency bound
 * has all of them in use from its first request to its last; the shares say where it is not.
 */
export interface ConnectionUse {
  /** ms from the start of the sampling to the first request in flight. */
  firstRequestMs: number
  /** Share of the time from the first request to the last with this many in flight. */
  shares: { all: number; most: number; few: number; none: number }
}

export function sampleConnectionUse(
  inFlight: () => number,
  connections: number
): { stop(): ConnectionUse } {
  const started = performance.now()
  const time = { all: 0, most: 0, few: 0, none: 0 }
  // The time with none in flight is counted once the next request arrives: after the last one
  // the run is writing its last outcomes, not waiting for the network.
  let pendingNone = 0
  let firstRequestMs: number | null = null
  let last = started
  const timer = setInterval(() => {
    const now = performance.now()
    const elapsed = now - last
    last = now
    const count = inFlight()
    if (firstRequestMs === null) {
      if (count > 0) firstRequestMs = now - started
      return
    }
    if (count === 0) {
      pendingNone += elapsed
      return
    }
    time.none += pendingNone
    pendingNone = 0
    if (count >= connections) time.all += elapsed
    else if (count >= connections * 0.7) time.most += elapsed
    else time.few += elapsed
  }, 2)
  return {
    stop() {
      clearInterval(timer)
      const total = time.all + time.most + time.few + time.none || 1
      return {
        firstRequestMs: firstRequestMs ?? 0,
        shares: {
          all: time.all / total,
          most: time.most / total,
          few: time.few / total,
          none: time.none / total
        }
      }
    }
  }
}

export function describeConnectionUse(use: ConnectionUse, connections: number): string {
  const percent = (share: number) => `${(share * 100).toFixed(0)} %`
  const most = `${Math.ceil(connections * 0.7)}–${connections - 1}`
  return (
    `${connections} in flight ${percent(use.shares.all)}, ${most} ${percent(use.shares.most)}, ` +
    `fewer ${percent(use.shares.few)}, none ${percent(use.shares.none)}; ` +
    `first request ${(use.firstRequestMs / 1000).toFixed(2)} s after the start`
  )
}
