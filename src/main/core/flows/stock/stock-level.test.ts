import { describe, expect, it } from 'vitest'
import { stockLevel } from './stock-level'

const figures = (
  free: [number, number],
  reserved: [number, number],
  incoming: [number, number]
) => ({
  amountFree: free[0],
  decimalPlacesFree: free[1],
  amountReserved: reserved[0],
  decimalPlacesReserved: reserved[1],
  amountIncoming: incoming[0],
  decimalPlacesIncoming: incoming[1]
})

describe('stockLevel', () => {
  // free 10.50, reserved 2.25 (other places), incoming 6
  const shop = figures([1050, 2], [225, 2], [6, 0])

  it.each([
    ['free-minus-reserved', 8],
    ['free', 10],
    ['free-plus-incoming', 16],
    ['free-minus-reserved-plus-incoming', 14]
  ] as const)('%s, exactly at the widest decimals and rounded down: %i', (calculation, level) => {
    expect(stockLevel(shop, { calculation, allowNegative: false })).toBe(level)
  })

  it('never sends a negative level unless allowed, and rounds a negative one down', () => {
    const oversold = figures([5, 1], [2, 0], [0, 0]) // 0.5 − 2 = −1.5
    expect(stockLevel(oversold, { calculation: 'free-minus-reserved', allowNegative: false })).toBe(
      0
    )
    expect(stockLevel(oversold, { calculation: 'free-minus-reserved', allowNegative: true })).toBe(
      -2
    )
    expect(
      stockLevel(figures([-300, 2], [0, 0], [0, 0]), { calculation: 'free', allowNegative: true })
    ).toBe(-3)
  })

  it('refuses figures too large to count exactly', () => {
    const huge = figures([Number.MAX_SAFE_INTEGER, 0], [0, 0], [Number.MAX_SAFE_INTEGER, 0])
    expect(stockLevel(huge, { calculation: 'free-plus-incoming', allowNegative: false })).toBeNull()
  })
})
