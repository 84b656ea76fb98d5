import type { PagingOptions } from '../connectors/mplus/client'
import type { MplusPage } from '../connectors/mplus/types'
import type { SourcePage } from '../sync/flow'

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
  const fromSyncMarker = checkpoint === null ? 1 : Number(checkpoint) + 1
  for await (const page of iterate({ fromSyncMarker, syncMarkerLimit: pageSize })) {
    yield {
      records: keep ? page.items.filter(keep) : page.items,
      checkpoint: String(page.syncMarker)
    }
  }
}
