import { ConnectorError } from '../connector-error'
import type { MplusPage } from './types'

export interface PagingOptions {
  /** Items with a marker ≥ this are returned: pass your stored checkpoint + 1 (1 = everything). */
  fromSyncMarker?: number
  syncMarkerLimit?: number
}

/** The page size a syncMarker read asks for unless told otherwise. */
export const defaultPageSize = 500

/** Pages a syncMarker list operation whose items carry their own marker. */
export function iterateBySyncMarker<T extends { syncMarker?: number }>(
  operation: string,
  options: PagingOptions,
  fetchPage: (paging: PagingOptions) => Promise<T[]>
): AsyncGenerator<MplusPage<T>> {
  const limit = options.syncMarkerLimit ?? defaultPageSize
  return pageBySyncMarker(
    operation,
    options.fromSyncMarker ?? 1,
    (marker) => fetchPage({ fromSyncMarker: marker, syncMarkerLimit: limit }),
    (item) => item.syncMarker
  )
}

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
