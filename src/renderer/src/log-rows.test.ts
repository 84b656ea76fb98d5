import { describe, expect, it } from 'vitest'
import { emptyCounts, type RunSummary } from '../../shared/contract'
import { csvCell, foldQuiet } from './log-rows'

const run = (id: number, counts: Partial<RunSummary['counts']>, status = 'succeeded'): RunSummary =>
  ({
    id,
    flow: 'customers',
    trigger: 'schedule',
    status,
    startedAt: id,
    finishedAt: id,
    counts: { ...emptyCounts(), ...counts },
    error: null
  }) as RunSummary

describe('the activity log export and folding', () => {
  it('quotes separators, quotes and line breaks, and defuses a formula', () => {
    expect(csvCell('Marie Peeters')).toBe('Marie Peeters')
    expect(csvCell('a;b')).toBe('"a;b"')
    expect(csvCell('zegt "hallo"')).toBe('"zegt ""hallo"""')
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`)
  })

  it('folds two or more runs in a row that changed nothing (unchanged or skipped), and keeps a single one', () => {
    const folded = foldQuiet([
      run(9, { unchanged: 4 }),
      run(8, { skipped: 3 }),
      run(7, { created: 1 }),
      run(6, { unchanged: 2 }),
      run(5, {}, 'failed')
    ])
    expect(
      folded.map((entry) => ('quiet' in entry ? entry.quiet.map((r) => r.id) : entry.id))
    ).toEqual([[9, 8], 7, 6, 5])
  })
})
