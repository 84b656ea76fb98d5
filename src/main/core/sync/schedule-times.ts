import cron from 'node-cron'

const minuteMs = 60_000
// A cron expression can name a date that comes around once a year (or, like 30 February, never).
const searchLimitMs = 400 * 24 * 60 * minuteMs

/** Why a cron expression is refused, in words; null when it is valid. */
export function scheduleProblem(expression: string): string | null {
  const result = cron.validateDetailed(expression)
  if (result.valid) return null
  const details = result.errors.map((error) => error.message).join('; ')
  return `"${expression}" is not a valid schedule${details ? ` (${details})` : ''}. Use cron syntax, for example */5 * * * * for every five minutes.`
}

/**
 * The first time after `after` (and no later than `until`) at which the expression is due, in
 * local time, or null. Used for "next run" and to find a run missed while the app was closed.
 */
export function firstDueTime(
  expression: string,
  after: number,
  until = after + searchLimitMs
): number | null {
  const task = cron.createTask(expression, () => undefined)
  try {
    const seconds = cron.parse(expression).second
    const end = Math.min(until, after + searchLimitMs)
    for (let minute = Math.floor(after / minuteMs) * minuteMs; minute <= end; minute += minuteMs) {
      for (const second of seconds) {
        const candidate = minute + second * 1000
        if (candidate > after && candidate <= end && task.match(new Date(candidate)))
          return candidate
      }
    }
    return null
  } finally {
    void task.destroy()
  }
}
