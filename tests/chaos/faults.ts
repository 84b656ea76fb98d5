import type { SimulatorPair } from '../support/sync-harness'

/** The faults a trial's sync processes meet, each a real one at the simulators' sockets. */
export const faultKinds = [
  'connection-resets',
  'answer-lost-after-write',
  'throttle-429',
  'throttle-429-retry-after',
  'throttle-bare-403',
  'mplus-server-faults',
  'slow-answers',
  'truncated-answers'
] as const
export type FaultKind = (typeof faultKinds)[number]

/** One `kassabrug sync` process of a trial and what happens to it. */
export interface ProcessPlan {
  faults: FaultKind[]
  /**
   * SIGKILL once the simulators saw this many writes from it, or this long after its start
   * (whichever the plan names; null: it runs to its end).
   */
  kill: { afterWrites: number } | { afterMs: number } | null
  /** Restart a simulator (state kept) once it saw this many writes. */
  restart: { system: 'mplus' | 'mailchimp'; afterWrites: number; downMs: number } | null
}

/** Mplus writes whose answer a lost-answer fault drops: the order create and relation writes. */
const lostAnswerOperations = ['createOrderV3', 'createRelation', 'updateRelation']

type Random = () => number
const between = (random: Random, low: number, high: number) =>
  low + Math.floor(random() * (high - low + 1))
const pick = <T>(random: Random, items: readonly T[]): T =>
  items[Math.floor(random() * items.length)]

/**
 * 2–3 faulty sync processes: each with 1–3 kinds of fault armed (mixed), most SIGKILLed after a
 * random number of writes, some with a simulator restarted under them. Three at most, so a good
 * record fails fewer times than the attempts it has (5) before the clean runs.
 */
export function planTrial(random: Random): ProcessPlan[] {
  return Array.from({ length: between(random, 2, 3) }, () => {
    const faults = new Set<FaultKind>()
    for (let n = between(random, 1, 3); n > 0; n--) faults.add(pick(random, faultKinds))
    return {
      faults: [...faults],
      kill:
        random() < 0.75
          ? random() < 0.5
            ? { afterWrites: between(random, 1, 15) }
            : { afterMs: between(random, 300, 5000) }
          : null,
      restart:
        random() < 0.35
          ? {
              system: pick(random, ['mplus', 'mailchimp'] as const),
              afterWrites: between(random, 0, 20),
              downMs: between(random, 100, 1500)
            }
          : null
    }
  })
}

/** Arms the faults at the simulators (their own fault injection: real resets, real 429s). */
export function armFaults(pair: SimulatorPair, faults: readonly FaultKind[], random: Random): void {
  const { mplus, mailchimp } = pair
  for (const fault of faults) {
    const count = between(random, 1, 4)
    switch (fault) {
      case 'connection-resets':
        mplus.faults.failNext('*', 'connection-reset', count)
        mailchimp.faults.inject({ kind: 'reset', count })
        break
      case 'answer-lost-after-write':
        // The till books it, the answer never arrives; Mailchimp's truncated answer is the same
        // for a write (the state changed, the client cannot read the answer).
        for (const operation of lostAnswerOperations)
          mplus.faults.failNext(operation, 'reset-after-processing', 1)
        mailchimp.faults.inject({ kind: 'truncated-json', method: 'POST', count })
        break
      case 'throttle-429':
        mailchimp.faults.inject({ kind: 'status', status: 429, count: count * 2 })
        break
      case 'throttle-429-retry-after':
        mailchimp.faults.inject({ kind: 'status', status: 429, retryAfterSeconds: 1, count })
        break
      case 'throttle-bare-403':
        mailchimp.faults.inject({ kind: 'status', status: 403, bare: true, count: count * 2 })
        break
      case 'mplus-server-faults':
        mplus.faults.failNext('*', 'server-fault', count)
        break
      case 'slow-answers':
        mplus.faults.setSlowServer(between(random, 20, 150))
        mailchimp.faults.latencyMs = between(random, 20, 150)
        break
      case 'truncated-answers':
        mplus.faults.failNext('*', random() < 0.5 ? 'truncated' : 'malformed', count)
        mailchimp.faults.inject({ kind: 'truncated-json', method: 'GET', count })
        break
    }
  }
}

export function clearFaults(pair: SimulatorPair): void {
  pair.mplus.faults.clear()
  pair.mailchimp.faults.clear()
}
