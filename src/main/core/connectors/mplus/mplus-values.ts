/**
 * Conversions between MplusQapi's wire conventions and the values the rest of Kassabrug uses, in one
 * place: money is integer cents (xsd:long), quantities are an integer plus `decimalPlaces`, dates are
 * SoapMplusDate / SoapMplusDateTime structs whose `timezone` is the UTC offset in minutes.
 */

export interface SoapMplusDate {
  day: number
  mon: number
  year: number
}

export interface SoapMplusDateTime extends SoapMplusDate {
  sec: number
  min: number
  hour: number
  isdst: boolean
  timezone: number
}

const pad = (value: number, width = 2): string => String(Math.abs(value)).padStart(width, '0')

/** SoapMplusDate → 'YYYY-MM-DD' */
export function isoDateFromSoap(date: SoapMplusDate): string {
  return `${pad(date.year, 4)}-${pad(date.mon)}-${pad(date.day)}`
}

/** 'YYYY-MM-DD' → SoapMplusDate; throws on anything else. */
export function soapDateFromIso(isoDate: string): SoapMplusDate {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate)
  if (!match) throw new RangeError(`Not an ISO date (YYYY-MM-DD): ${isoDate}`)
  const [year, mon, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const check = new Date(Date.UTC(year, mon - 1, day))
  if (
    check.getUTCFullYear() !== year ||
    check.getUTCMonth() !== mon - 1 ||
    check.getUTCDate() !== day
  ) {
    throw new RangeError(`Not a calendar date: ${isoDate}`)
  }
  return { day, mon, year }
}

/** SoapMplusDateTime → ISO 8601 with the struct's own offset, e.g. '2026-01-05T10:00:00+01:00'. */
export function isoDateTimeFromSoap(dateTime: SoapMplusDateTime): string {
  const sign = dateTime.timezone < 0 ? '-' : '+'
  const offset = Math.abs(dateTime.timezone)
  return (
    `${isoDateFromSoap(dateTime)}T${pad(dateTime.hour)}:${pad(dateTime.min)}:${pad(dateTime.sec)}` +
    `${sign}${pad(Math.floor(offset / 60))}:${pad(offset % 60)}`
  )
}

/**
 * An instant → SoapMplusDateTime in UTC (timezone 0). Sending UTC with an explicit offset is
 * unambiguous; whether the real server converts to its own zone is UNCONFIRMED (reference §5).
 */
export function soapDateTimeFromInstant(instant: Date | string | number): SoapMplusDateTime {
  const at = new Date(instant)
  if (Number.isNaN(at.getTime())) throw new RangeError(`Not a valid instant: ${String(instant)}`)
  return {
    sec: at.getUTCSeconds(),
    min: at.getUTCMinutes(),
    hour: at.getUTCHours(),
    day: at.getUTCDate(),
    mon: at.getUTCMonth() + 1,
    year: at.getUTCFullYear(),
    isdst: false,
    timezone: 0
  }
}

/** 9.95 → 995. Rejects values that are not a whole number of cents. */
export function centsFromDecimal(amount: number | string): number {
  const text = typeof amount === 'number' ? amount.toFixed(6) : amount.trim()
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text)
  if (!match) throw new RangeError(`Not a decimal amount: ${String(amount)}`)
  const fraction = (match[3] ?? '').padEnd(2, '0')
  if (/[1-9]/.test(fraction.slice(2)))
    throw new RangeError(`Amount has more than two decimals: ${String(amount)}`)
  const cents = Number(match[2]) * 100 + Number(fraction.slice(0, 2))
  if (!Number.isSafeInteger(cents)) throw new RangeError(`Amount too large: ${String(amount)}`)
  return match[1] === '-' ? -cents : cents
}

/** 995 → '9.95' (a string, so no binary floating point creeps in). */
export function decimalFromCents(cents: number): string {
  if (!Number.isSafeInteger(cents)) throw new RangeError(`Cents must be a safe integer: ${cents}`)
  const sign = cents < 0 ? '-' : ''
  const absolute = Math.abs(cents)
  return `${sign}${Math.floor(absolute / 100)}.${pad(absolute % 100)}`
}

/** An exact quantity as the wire carries it: 1.25 = { quantity: 125, decimalPlaces: 2 }. */
export interface ScaledQuantity {
  quantity: number
  decimalPlaces: number
}

/** '1.25' or 1.25 → { quantity: 125, decimalPlaces: 2 } (the fewest decimal places that are exact). */
export function scaledQuantityFromDecimal(value: number | string): ScaledQuantity {
  const text = typeof value === 'number' ? String(value) : value.trim()
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text)
  if (!match) throw new RangeError(`Not a decimal quantity: ${String(value)}`)
  const fraction = (match[3] ?? '').replace(/0+$/, '')
  const quantity = Number(`${match[1]}${match[2]}${fraction}`)
  if (!Number.isSafeInteger(quantity)) throw new RangeError(`Quantity too large: ${String(value)}`)
  return { quantity, decimalPlaces: fraction.length }
}

/** { quantity: 125, decimalPlaces: 2 } → '1.25' */
export function decimalFromScaledQuantity({ quantity, decimalPlaces }: ScaledQuantity): string {
  if (decimalPlaces === 0) return String(quantity)
  const sign = quantity < 0 ? '-' : ''
  const digits = String(Math.abs(quantity)).padStart(decimalPlaces + 1, '0')
  return `${sign}${digits.slice(0, -decimalPlaces)}.${digits.slice(-decimalPlaces)}`
}

/** Rescales to a common number of decimal places for arithmetic/comparison. */
export function rescaleQuantity(value: ScaledQuantity, decimalPlaces: number): number {
  if (decimalPlaces >= value.decimalPlaces)
    return value.quantity * 10 ** (decimalPlaces - value.decimalPlaces)
  return Math.round(value.quantity / 10 ** (value.decimalPlaces - decimalPlaces))
}
