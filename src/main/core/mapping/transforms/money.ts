import { requireText, showValue, TransformError } from './transform-error'

/**
 * Money conversions. Mplus sends integer cents in its `long` fields, Mailchimp decimal numbers.
 * Decimal text is parsed digit by digit, never through floating-point multiplication, so 19.99
 * becomes exactly 1999 cents.
 */

const decimalText = /^([+-]?)(\d+)(?:[.,](\d+))?$/

export function centsToDecimal(value: unknown): number {
  return wholeCents(value, 'centsToDecimal') / 100
}

export function decimalToCents(value: unknown): number {
  const text =
    typeof value === 'number'
      ? numberToPlainText(value)
      : requireText(value, 'decimalToCents').trim()
  const match = decimalText.exec(text)
  if (!match) {
    throw new TransformError(
      `decimalToCents expects an amount like 12.50 or 12,50, got ${showValue(value)}`
    )
  }
  const [, sign, whole, fraction = ''] = match
  const padded = (fraction + '000').slice(0, 3)
  // Round half away from zero on the third decimal, as a till does.
  const cents = Number(whole) * 100 + Number(padded.slice(0, 2)) + (Number(padded[2]) >= 5 ? 1 : 0)
  if (!Number.isSafeInteger(cents))
    throw new TransformError(`decimalToCents: amount ${showValue(value)} is too large`)
  return sign === '-' && cents !== 0 ? -cents : cents
}

function numberToPlainText(value: number): string {
  if (!Number.isFinite(value))
    throw new TransformError(`decimalToCents expects an amount, got ${showValue(value)}`)
  // toFixed(3) keeps three decimals without exponent notation (1e-7 → '0.000').
  return Math.abs(value) < 1e15 ? value.toFixed(3) : String(value)
}

export type AmountUnit = 'cents' | 'decimal'

export function convertVat(
  value: unknown,
  ratePercent: unknown,
  direction: 'inclToExcl' | 'exclToIncl',
  unit: AmountUnit
): number {
  const name = direction === 'inclToExcl' ? 'inclToExclVat' : 'exclToInclVat'
  const rate =
    typeof ratePercent === 'string' && ratePercent.trim() !== '' ? Number(ratePercent) : ratePercent
  if (typeof rate !== 'number' || !Number.isFinite(rate) || rate < 0 || rate > 100) {
    throw new TransformError(
      `${name} needs a VAT rate between 0 and 100 percent, got ${showValue(ratePercent)}`
    )
  }
  const cents = unit === 'cents' ? wholeCents(value, name) : decimalToCents(value)
  const factor = direction === 'inclToExcl' ? 100 / (100 + rate) : (100 + rate) / 100
  const exact = cents * factor
  const converted = Math.sign(exact) * Math.round(Math.abs(exact))
  return unit === 'cents' ? converted : converted / 100
}

function wholeCents(value: unknown, name: string): number {
  const cents =
    typeof value === 'string' && /^[+-]?\d+$/.test(value.trim()) ? Number(value.trim()) : value
  if (typeof cents !== 'number' || !Number.isSafeInteger(cents)) {
    throw new TransformError(`${name} expects a whole number of cents, got ${showValue(value)}`)
  }
  return cents
}
