import { variantKey } from '../../simulators/mailchimp/state'
import { harnessBranch, harnessStoreId, type SimulatorPair } from './sync-harness'

export interface ExpectedStockLevel {
  /** The stock ledger's source id (the article number). */
  article: string
  /** The stock ledger's target id (`product/variant`), or null for an article not in Mailchimp. */
  target: string | null
  /** The level Mailchimp must show (null: not in Mailchimp). */
  level: number | null
  /** What Mailchimp shows now (undefined when the variant is not there). */
  shown: number | undefined
}

/**
 * The stock levels the default calculation (free − reserved, never below 0) must give each
 * article of the harness branch, worked out from the simulator's own figures, not with the
 * flow's code.
 */
export function expectedStockLevels(pair: SimulatorPair): ExpectedStockLevel[] {
  const productOf = new Map<number, number>()
  for (const product of pair.mplus.state.products.values())
    for (const article of product.articleList.article)
      productOf.set(article.articleNumber, product.productNumber)
  const levels: ExpectedStockLevel[] = []
  for (const record of pair.mplus.state.stock.values()) {
    if (record.branchNumber !== harnessBranch) continue
    const productNumber = productOf.get(record.articleNumber)
    const variant = pair.mailchimp.state.variants
      .get(variantKey(harnessStoreId, String(productNumber)))
      ?.get(String(record.articleNumber))
    const article = String(record.articleNumber)
    if (!variant) {
      levels.push({ article, target: null, level: null, shown: undefined })
      continue
    }
    const unit = 10 ** record.decimalPlaces
    levels.push({
      article,
      target: `${productNumber}/${record.articleNumber}`,
      level: Math.max(0, Math.floor((record.amountFree - record.amountReserved) / unit)),
      shown: variant.inventory_quantity
    })
  }
  return levels
}
