import type { PagingOptions } from '../connectors/mplus/client'
import type { MplusPage } from '../connectors/mplus/types'
import type { SourcePage } from '../sync/flow'

/**
 * A run's first page is this share of a full one, when a full one is big: the first writes of a
 * back-fill start after the till has answered a tenth of a page, not a whole one (about 0.4 s
 * sooner with 1 000 articles a page). A run with fewer changes than the first page holds makes
 * no more calls than before.
 */
const firstPageShare = 0.1
const smallestRampedPage = 200

/**
 * The read of an Mplus source paged by syncMarker: the flow's checkpoint is the last page's
 * highest marker, so a run asks for everything after it (1 = everything), page by page, keeping
 * the records `keep` accepts.
 */
export async function* readBySyncMarker<T>(
  checkpoint: string | null,
  pageSize: number | undefined,
  iterate: (options: PagingOptions) => AsyncIterable<MplusPage<T>>,
  keep?: (record: T) => boolean
): AsyncGenerator<SourcePage<T>> {
  const sourcePage = (page: MplusPage<T>): SourcePage<T> => ({
    records: keep ? page.items.filter(keep) : page.items,
    checkpoint: String(page.syncMarker)
  })
  let fromSyncMarker = checkpoint === null ? 1 : Number(checkpoint) + 1
  if (pageSize !== undefined && pageSize >= smallestRampedPage) {
    const first = iterate({ fromSyncMarker, syncMarkerLimit: Math.ceil(pageSize * firstPageShare) })
    let read = false
    for await (const page of first) {
      yield sourcePage(page)
      fromSyncMarker = page.syncMarker + 1
      read = true
      break
    }
    // No first page: nothing has changed since the checkpoint.
    if (!read) return
  }
  for await (const page of iterate({ fromSyncMarker, syncMarkerLimit: pageSize }))
    yield sourcePage(page)
}
