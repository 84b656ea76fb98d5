import { describe, expect, it } from 'vitest'
import { pageBySyncMarker } from '../connectors/mplus/paging'
import type { PagingOptions } from '../connectors/mplus/client'
import { readBySyncMarker } from './sync-marker-read'

/** A source of `count` records with markers 1…count, paged as the till pages them; it keeps the limits asked for. */
function source(count: number) {
  const records = Array.from({ length: count }, (_, index) => ({
    id: index + 1,
    syncMarker: index + 1
  }))
  const limits: (number | undefined)[] = []
  const iterate = (options: PagingOptions) => {
    limits.push(options.syncMarkerLimit)
    return pageBySyncMarker(
      'getProducts',
      options.fromSyncMarker ?? 1,
      async (from) =>
        records.filter((r) => r.syncMarker >= from).slice(0, options.syncMarkerLimit ?? 500),
      (record) => record.syncMarker
    )
  }
  return { iterate, limits }
}

async function readAll(checkpoint: string | null, pageSize: number, count: number) {
  const { iterate, limits } = source(count)
  const pages = []
  for await (const page of readBySyncMarker(checkpoint, pageSize, iterate)) pages.push(page)
  return { pages, limits }
}

describe('readBySyncMarker', () => {
  it('reads a small first page, then full ones: every record once, the checkpoints rising', async () => {
    const { pages, limits } = await readAll(null, 1000, 2500)
    expect(pages.map((page) => page.records.length)).toEqual([100, 1000, 1000, 400])
    expect(pages.map((page) => page.checkpoint)).toEqual(['100', '1100', '2100', '2500'])
    expect(pages.flatMap((page) => page.records.map((r) => r.id))).toEqual(
      Array.from({ length: 2500 }, (_, index) => index + 1)
    )
    // The small read, then the full ones up to the empty page that ends the read.
    expect(limits).toEqual([100, 1000])
  })

  it('reads on from a checkpoint, and makes one call when nothing changed', async () => {
    const after = await readAll('2400', 1000, 2500)
    expect(after.pages.map((page) => page.records.length)).toEqual([100])
    const none = await readAll('2500', 1000, 2500)
    expect(none.pages).toEqual([])
    expect(none.limits).toEqual([100])
  })

  it('reads small pages at their own size from the first', async () => {
    const { pages, limits } = await readAll(null, 10, 25)
    expect(pages.map((page) => page.records.length)).toEqual([10, 10, 5])
    expect(limits).toEqual([10])
  })
})
