import { recordOutcomes, type RunSummary } from '../../shared/contract'

/** Pure helpers of the activity log: CSV cells and folding the runs that changed nothing. */

/** Quoted when needed; a leading =, +, - or @ is defused so a spreadsheet never runs it. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value
  return /[";\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

/** A run that went well and changed nothing: read, compared, all unchanged or left alone by rule. */
function isQuiet(run: RunSummary): boolean {
  return (
    run.status === 'succeeded' &&
    recordOutcomes.every(
      (outcome) => outcome === 'unchanged' || outcome === 'skipped' || run.counts[outcome] === 0
    )
  )
}

/** Two or more quiet runs in a row fold into one line; a single one stays as it is. */
export function foldQuiet(runs: RunSummary[]): (RunSummary | { quiet: RunSummary[] })[] {
  const folded: (RunSummary | { quiet: RunSummary[] })[] = []
  let streak: RunSummary[] = []
  const flush = (): void => {
    if (streak.length > 1) folded.push({ quiet: streak })
    else folded.push(...streak)
    streak = []
  }
  for (const run of runs) {
    if (isQuiet(run)) streak.push(run)
    else {
      flush()
      folded.push(run)
    }
  }
  flush()
  return folded
}
