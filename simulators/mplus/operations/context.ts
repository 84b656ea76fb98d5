import type { MplusState } from '../state'
import type { PlainObject, PlainValue } from '../xml-codec'

export interface OperationContext {
  state: MplusState
  now(): Date
}

/** Receives the decoded request element's content, returns the response element's content. */
export type OperationHandler = (body: PlainObject, context: OperationContext) => PlainObject

export interface OperationSpec {
  handle: OperationHandler
  /** Changes state: counted by writeCounts(). */
  writes: boolean
}

export function read(handle: OperationHandler): OperationSpec {
  return { handle, writes: false }
}

export function write(handle: OperationHandler): OperationSpec {
  return { handle, writes: true }
}

/** The `request` child most operations wrap their parameters in (absent when optional). */
export function requestOf(body: PlainObject): PlainObject {
  return (body.request as PlainObject | undefined) ?? {}
}

export function numbersOf(value: PlainValue | undefined): number[] {
  return Array.isArray(value) ? value.map(Number) : []
}

/** Page size when `syncMarkerLimit` is omitted: UNCONFIRMED (reference §10.4); assumed unlimited. */
export function limitOf(request: PlainObject): number {
  const limit = request.syncMarkerLimit
  return typeof limit === 'number' && limit > 0 ? limit : Number.MAX_SAFE_INTEGER
}

/** Scales an integer amount from one number of decimal places to another (never loses precision upward). */
export function rescale(amount: number, fromPlaces: number, toPlaces: number): number {
  return toPlaces >= fromPlaces
    ? amount * 10 ** (toPlaces - fromPlaces)
    : Math.round(amount / 10 ** (fromPlaces - toPlaces))
}

/** Copies only the keys that are set, so a partial update leaves the rest unchanged. */
export function assignDefined(
  target: PlainObject,
  source: PlainObject,
  skip: readonly string[]
): void {
  for (const [key, value] of Object.entries(source)) {
    if (value !== undefined && !skip.includes(key)) target[key] = value
  }
}
