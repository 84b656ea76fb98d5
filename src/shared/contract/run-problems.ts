import { z } from 'zod'

const System = z.enum(['mplus', 'mailchimp'])

/**
 * Why a run stopped, or what went wrong around it, as codes with typed parameters: the renderer,
 * the tray and the CLI word them (nl, en, fr). A run keeps them (`problems`, 0015), next to the
 * developer sentence in `error` that the log file reads; a run from before 0015 has none.
 */
export const runProblemParams = {
  /** The system refused Kassabrug's credentials: every record would fail, so the run stopped. */
  'credentials-refused': z.object({ system: System }),
  /** So many records in a row could not reach the system that the run stopped. */
  'system-unreachable': z.object({ system: System, records: z.int() }),
  /** Reading from the source failed; the next run tries again from where this one stopped. */
  'read-failed': z.object({ system: System }),
  /** A connection is not set up; `missing` names the settings fields. */
  'not-configured': z.object({ missing: z.array(z.string()) }),
  /** The keys could not be read from the OS keychain (locked, or no keychain service answered). */
  'keychain-unavailable': z.object({}),
  /** The flow does not exist in this version. */
  'flow-unavailable': z.object({}),
  /** Another Kassabrug took over the flow (its lease ran out). */
  'lease-lost': z.object({}),
  /** Kassabrug was closed during the run; the next run carries on. */
  shutdown: z.object({}),
  /** The process stopped during the run (found at the next start). */
  interrupted: z.object({}),
  /** The run's closing step (afterRun) failed; it is tried again at the next start of the flow. */
  'closing-step-failed': z.object({}),
  /** A fault in Kassabrug itself. */
  internal: z.object({})
} as const

export type RunProblemCode = keyof typeof runProblemParams
export const runProblemCodes = Object.keys(runProblemParams) as RunProblemCode[]

export type RunProblem = {
  [C in RunProblemCode]: { code: C; params: z.infer<(typeof runProblemParams)[C]> }
}[RunProblemCode]

export const RunProblem = z.discriminatedUnion(
  'code',
  runProblemCodes.map((code) =>
    z.object({ code: z.literal(code), params: runProblemParams[code] })
  ) as unknown as [z.ZodObject, ...z.ZodObject[]]
) as unknown as z.ZodType<RunProblem>
