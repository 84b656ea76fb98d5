import type { StockCalculation } from '../../../../shared/flows/catalogue'
import type { MplusStockAmounts } from '../../connectors/mplus/types'

type Figures = Pick<
  MplusStockAmounts,
  | 'amountFree'
  | 'decimalPlacesFree'
  | 'amountReserved'
  | 'decimalPlacesReserved'
  | 'amountIncoming'
  | 'decimalPlacesIncoming'
>

/** Which of the branch's amounts each calculation adds (+1) or takes off (−1). */
const terms: Record<StockCalculation, { reserved: -1 | 0; incoming: 0 | 1 }> = {
  'free-minus-reserved': { reserved: -1, incoming: 0 },
  free: { reserved: 0, incoming: 0 },
  'free-plus-incoming': { reserved: 0, incoming: 1 },
  'free-minus-reserved-plus-incoming': { reserved: -1, incoming: 1 }
}

export interface StockLevelOptions {
  calculation: StockCalculation
  /** Off: a level below zero is sent as 0. */
  allowNegative: boolean
}

/**
 * The whole number Mailchimp gets as `inventory_quantity`. Mplus gives each amount as an integer
 * with its own decimal places (1.25 = 125 with 2); the sum is taken exactly at the widest of them
 * and then rounded down (2.75 → 2, −0.5 → −1), so a fraction of an article is never offered.
 * null when the figures are too large to count exactly (a till error, not a stock level).
 */
export function stockLevel(figures: Figures, options: StockLevelOptions): number | null {
  const { reserved, incoming } = terms[options.calculation]
  const parts = [
    { sign: 1, amount: figures.amountFree, places: figures.decimalPlacesFree },
    { sign: reserved, amount: figures.amountReserved, places: figures.decimalPlacesReserved },
    { sign: incoming, amount: figures.amountIncoming, places: figures.decimalPlacesIncoming }
  ].filter((part) => part.sign !== 0)
  const places = Math.max(...parts.map((part) => part.places))
  let scaled = 0n
  for (const part of parts)
    scaled += BigInt(part.sign * part.amount) * 10n ** BigInt(places - part.places)
  const unit = 10n ** BigInt(places)
  // BigInt division truncates toward zero; rounding down means one less for a negative rest.
  let level = scaled / unit
  if (scaled % unit !== 0n && scaled < 0n) level -= 1n
  if (level > BigInt(Number.MAX_SAFE_INTEGER) || level < BigInt(Number.MIN_SAFE_INTEGER))
    return null
  const value = Number(level)
  return value < 0 && !options.allowNegative ? 0 : value
}
