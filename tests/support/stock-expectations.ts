import { expect } from 'vitest'
import { expectedStockLevels } from './stock-levels'
import type { SimulatorPair } from './sync-harness'

/**
 * After a stock run with the default calculation: every article of the harness branch that is a
 * Mailchimp variant shows its level there, with exactly one stock ledger row naming that variant;
 * an article that is not in Mailchimp has none.
 */
export function expectStockLevels(
  pair: SimulatorPair,
  ledger: readonly { flow: string; source_id: string; target_id: string | null }[],
  label: string
): void {
  const stockRows = new Map(
    ledger.filter((row) => row.flow === 'stock').map((row) => [row.source_id, row.target_id])
  )
  const levels = expectedStockLevels(pair)
  for (const expected of levels) {
    if (expected.target === null) {
      expect(
        stockRows.get(expected.article) ?? null,
        `${label}: stock of ${expected.article} (not in Mailchimp)`
      ).toBeNull()
      continue
    }
    expect(expected.shown, `${label}: stock of article ${expected.article}`).toBe(expected.level)
    expect(stockRows.get(expected.article), `${label}: stock ledger of ${expected.article}`).toBe(
      expected.target
    )
  }
  const inMailchimp = levels.filter((expected) => expected.target !== null).length
  expect(
    [...stockRows.values()].filter((target) => target !== null).length,
    `${label}: stock ledger rows`
  ).toBe(inMailchimp)
  expect(inMailchimp, `${label}: levels checked`).toBeGreaterThan(0)
}
