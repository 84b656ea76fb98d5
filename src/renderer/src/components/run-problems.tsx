import type { RunSummary } from '../../../shared/contract'
import { useCodeWords } from '../wording'

/** Why the run stopped, worded; a run from before the codes (0015) shows its stored sentence. */
export function RunProblems({ run }: { run: RunSummary }): React.JSX.Element | null {
  const words = useCodeWords()
  if (run.problems.length === 0) return run.error ? <p className="run-error">{run.error}</p> : null
  return (
    <p className="run-error" data-testid="run-problems">
      {run.problems.map((problem) => words.problem(problem)).join(' ')}
    </p>
  )
}
