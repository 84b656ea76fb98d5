import type { PlainObject } from './xml-codec'

/**
 * MplusQapi dates are structs, not xsd:dateTime. `timezone` is the UTC offset in minutes (reference
 * §5, from the official PHP client's comment). The simulator stamps times in Europe/Amsterdam, the
 * backend zone assumed by the community client (an assumption, not confirmed by MplusKASSA).
 */
const amsterdam = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
  hourCycle: 'h23',
  timeZoneName: 'longOffset'
})

export function soapDateTime(at: Date): PlainObject {
  const parts = Object.fromEntries(amsterdam.formatToParts(at).map((p) => [p.type, p.value]))
  const offset = /GMT([+-])(\d{2}):(\d{2})/.exec(parts.timeZoneName ?? '')
  const timezone = offset
    ? (offset[1] === '-' ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3]))
    : 0
  return {
    sec: Number(parts.second),
    min: Number(parts.minute),
    hour: Number(parts.hour),
    day: Number(parts.day),
    mon: Number(parts.month),
    year: Number(parts.year),
    isdst: timezone === 120,
    timezone
  }
}

export function soapDate(at: Date): PlainObject {
  const { day, mon, year } = soapDateTime(at)
  return { day, mon, year }
}

/** 'YYYY-MM-DD' → SoapMplusDate */
export function soapDateFromIso(isoDate: string): PlainObject {
  const [year, mon, day] = isoDate.split('-').map(Number)
  return { day, mon, year }
}

export function compareSoapDates(a: PlainObject, b: PlainObject): number {
  const key = (d: PlainObject): number =>
    Number(d.year) * 10_000 + Number(d.mon) * 100 + Number(d.day)
  return key(a) - key(b)
}

/** Compares two SoapMplusDateTimes by their UTC instant. */
export function compareSoapDateTimes(a: PlainObject, b: PlainObject): number {
  const instant = (d: PlainObject): number =>
    Date.UTC(
      Number(d.year),
      Number(d.mon) - 1,
      Number(d.day),
      Number(d.hour),
      Number(d.min),
      Number(d.sec)
    ) -
    Number(d.timezone) * 60_000
  return instant(a) - instant(b)
}
