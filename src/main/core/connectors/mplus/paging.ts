import { ConnectorError } from '../connector-error'
import type { MplusPage } from './types'

/**
 * syncMarker paging (reference §6): ask for items with marker ≥ `from`, checkpoint the highest
 * marker seen, continue from that + 1. Paging stops at the first empty page rather than at a short
 * one, because the server's maximum page size is UNCONFIRMED and may be below the requested limit.
 */
export async function* pageBySyncMarker<T>(
  operation: string,
  fromSyncMarker: number,
  fetchPage: (from: number) => Promise<T[]>,
  markerOf: (item: T) => number | undefined,
  maxPages = 1_000_000
): AsyncGenerator<MplusPage<T>> {
  let from = Math.max(0, fromSyncMarker)
  for (let page = 0; page < maxPages; page++) {
    const items = await fetchPage(from)
    if (items.length === 0) return
    let highest = from - 1
    for (const item of items) {
      const marker = markerOf(item)
      if (marker === undefined || marker < from) {
        throw new ConnectorError(
          'invalid-response',
          'mplus',
          `${operation} returned an item with syncMarker ${String(marker)} below the requested ${from}`,
          {
            operation,
            code: 'SYNC_MARKER_REGRESSION'
          }
        )
      }
      highest = Math.max(highest, marker)
    }
    yield { items, syncMarker: highest }
    from = highest + 1
  }
  throw new ConnectorError(
    'invalid-response',
    'mplus',
    `${operation} kept returning pages after ${maxPages} calls`,
    { operation, code: 'PAGING_RUNAWAY' }
  )
}
