import { stockCalculations, type StockCalculation } from '../../../../shared/flows/catalogue'
import type { StockExample } from '../../../../shared/contract'
import type { MplusClient } from '../../connectors/mplus/client'
import type { MplusStockLine } from '../../connectors/mplus/types'
import { stockLevel } from './stock-level'

/** How many articles the example shows, and how far back (in stockIds) it looks for them. */
const shown = 5
const recentChanges = 500

const decimal = (amount: number, places: number): number => amount / 10 ** places

/**
 * The stock settings' live example: the branch's most recently changed articles (found with the
 * till's newest stockId, so a large catalogue costs no full stock read), those with reserved or
 * incoming stock first, and the level each calculation would send for them.
 */
export async function stockExample(
  mplus: MplusClient,
  options: { branchNumber: number; allowNegative: boolean }
): Promise<StockExample> {
  const { stockId } = await mplus.getCurrentSyncMarkersV2(['stockId'])
  const lines = await mplus.getStock({
    branchNumber: options.branchNumber,
    stockId: Math.max(1, (stockId ?? 0) - recentChanges)
  })
  const telling = (line: MplusStockLine) =>
    line.amountReserved !== 0 || line.amountIncoming !== 0 ? 0 : 1
  const picked = lines
    .filter((line) => !line.isDayStockArticle && line.subArticles.length === 0)
    .sort((a, b) => telling(a) - telling(b) || b.stockId - a.stockId)
    .slice(0, shown)
  return {
    branchNumber: options.branchNumber,
    articles: picked.map((line) => ({
      articleNumber: line.articleNumber,
      free: decimal(line.amountFree, line.decimalPlacesFree),
      reserved: decimal(line.amountReserved, line.decimalPlacesReserved),
      incoming: decimal(line.amountIncoming, line.decimalPlacesIncoming),
      levels: Object.fromEntries(
        stockCalculations.map((calculation) => [
          calculation,
          stockLevel(line, { calculation, allowNegative: options.allowNegative }) ?? 0
        ])
      ) as Record<StockCalculation, number>
    }))
  }
}
