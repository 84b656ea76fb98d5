import { describe, expect, it } from 'vitest'
import type { MplusOrderLine, MplusReceipt, MplusRelation } from '../../connectors/mplus/types'
import { financialStatus, orderLine, orderTotals } from './order-payload'
import { optedIn, parsePosition, twelveMonthsBefore } from './orders-out-flow'

const ids = { productId: '4711', variantId: '100234' }
const line = (data: MplusOrderLine['data']): MplusOrderLine => ({
  lineId: 'l1',
  articleNumber: 100234,
  data
})

describe('an Mplus line as a Mailchimp order line', () => {
  it('gives the unit price incl. VAT and the discount in money', () => {
    const sold = line({
      quantity: 2,
      decimalPlaces: 0,
      price: 2495,
      discountAmount: 500,
      vatPercentage: 21,
      totalInclAmount: 4490
    })
    expect(orderLine(sold, 0, ids, true)).toEqual({
      id: 'l1',
      product_id: '4711',
      product_variant_id: '100234',
      quantity: 2,
      price: 24.95,
      discount: 5
    })
  })

  it('adds VAT to an exclusive price, and sends a line sold by weight as one at its price', () => {
    const weighed = line({ quantity: 1500, decimalPlaces: 3, price: 1000, vatPercentage: 9 })
    expect(orderLine(weighed, 0, ids, false)).toMatchObject({ quantity: 1, price: 16.35 })
    expect(orderLine(weighed, 0, ids, false)).not.toHaveProperty('discount')
  })

  it('sums the till totals, tax and discounts and reads the payment state', () => {
    const receipt = {
      receiptId: 'r1',
      receiptType: 'RECEIPT-TYPE-RECEIPT',
      state: 'RECEIPT-STATE-OUTSTANDING',
      totalInclAmount: 4490,
      totalExclAmount: 3711
    } as MplusReceipt
    const sale = { source: 'receipts' as const, document: receipt }
    const lines = [
      orderLine(
        line({ quantity: 2, decimalPlaces: 0, price: 2495, totalInclAmount: 4490 }),
        0,
        ids,
        true
      )
    ]
    expect(orderTotals(sale, lines)).toEqual({
      order_total: 44.9,
      tax_total: 7.79,
      discount_total: 5
    })
    expect(financialStatus(sale)).toBe('pending')
  })
})

describe('flow rules', () => {
  it('a configured relation field opts the customer in only when it says yes', () => {
    const relation = { relationNumber: 1, extraText: ' Ja ' } as MplusRelation
    expect(optedIn(relation, null)).toBe(false)
    expect(optedIn(relation, 'extraText')).toBe(true)
    expect(optedIn({ ...relation, extraText: 'nee' }, 'extraText')).toBe(false)
    expect(optedIn(relation, 'website')).toBe(false)
  })

  it('starts twelve months back and reads a checkpoint of markers per source', () => {
    expect(twelveMonthsBefore(new Date('2026-12-01T10:00:00Z'))).toBe('2025-12-01')
    expect(parsePosition(null)).toEqual({ markers: {}, backfilled: [] })
    expect(parsePosition('{"markers":{"receipts":12},"backfilled":["receipts"]}')).toEqual({
      markers: { receipts: 12 },
      backfilled: ['receipts']
    })
  })
})
