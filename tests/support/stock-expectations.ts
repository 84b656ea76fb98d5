import { expect } from 'vitest'
import { variantKey } from '../../simulators/mailchimp/state'
import { harnessBranch, harnessStoreId, type SimulatorPair } from './sync-harness'

/**
 * After a stock run with the default calculation (free − reserved, never below 0): every article
 * of the harness branch that is a Mailchimp variant shows its level there, with exactly one stock
 * ledger row naming that variant; an article that is not in Mailchimp has none. Worked out here
 * from the simulator's own figures, not with the flow's code.
 */
export function expectStockLevels(
  pair: SimulatorPair,
  ledger: readonly { flow: string; source_id: string; target_id: string | null }[],
  label: string
): void {
  const stockRows = new Map(
    ledger.filter((row) => row.flow === 'stock').map((row) => [row.source_id, row.target_id])
  )
  const productOf = new Map<number, number>()
  for (const product of pair.mplus.state.products.values())
    for (const article of product.articleList.article)
      productOf.set(article.articleNumber, product.productNumber)
  let levels = 0
  for (const record of pair.mplus.state.stock.values()) {
    if (record.branchNumber !== harnessBranch) continue
    const productNumber = productOf.get(record.articleNumber)
    const variant = pair.mailchimp.state.variants
      .get(variantKey(harnessStoreId, String(productNumber)))
      ?.get(String(record.articleNumber))
    const key = String(record.articleNumber)
    if (!variant) {
      expect(stockRows.get(key) ?? null, `${label}: stock of ${key} (not in Mailchimp)`).toBeNull()
      continue
    }
    const unit = 10 ** record.decimalPlaces
    const level = Math.max(0, Math.floor((record.amountFree - record.amountReserved) / unit))
    expect(variant.inventory_quantity, `${label}: stock of article ${key}`).toBe(level)
    expect(stockRows.get(key), `${label}: stock ledger of ${key}`).toBe(
      `${productNumber}/${record.articleNumber}`
    )
    levels++
  }
  expect(
    [...stockRows.values()].filter((target) => target !== null).length,
    `${label}: stock ledger rows`
  ).toBe(levels)
  expect(levels, `${label}: levels checked`).toBeGreaterThan(0)
}
