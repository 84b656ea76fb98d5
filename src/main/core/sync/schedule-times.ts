import { Cron } from 'croner'

/** A schedule is parsed by croner (5 fields, or 6 with seconds first), in local time. */
function parse(expression: string): Cron {
  return new Cron(expression, { paused: true })
}

/** Why a cron expression is refused, in words; null when it is valid. */
export function scheduleProblem(expression: string): string | null {
  try {
    parse(expression)
    return null
  } catch (error) {
    const details = (error instanceof Error ? error.message : String(error)).replace(
      /^CronPattern: /,
      ''
    )
    return `"${expression}" is not a valid schedule (${details}). Use cron syntax, for example */5 * * * * for every five minutes.`
  }
}

/**
 * The first time after `after` (and no later than `until`, when given) at which the expression is
 * due, in local time, or null (also for a date that never comes, like 30 February). croner
 * computes it from the fields, so a yearly schedule costs as little as a five-minute one. Used for
 * "next run" and to find a run missed while the app was closed.
 */
export function firstDueTime(expression: string, after: number, until?: number): number | null {
  const next = parse(expression).nextRun(new Date(after))?.getTime() ?? null
  if (next === null || (until !== undefined && next > until)) return null
  return next
}
