/** Largest page the API serves. */
export const maxPageSize = 1000

export interface Page<T> {
  items: T[]
  totalItems: number
  offset: number
}

/**
 * Walks a `count`/`offset` collection page by page. Bounded by the total the API reports, so a
 * misbehaving server cannot make it loop forever.
 */
export async function* offsetPages<T>(
  fetchPage: (offset: number, count: number) => Promise<{ items: T[]; totalItems: number }>,
  pageSize: number
): AsyncGenerator<Page<T>> {
  const count = Math.max(1, Math.min(maxPageSize, Math.floor(pageSize)))
  let offset = 0
  let maxPages = Number.POSITIVE_INFINITY
  for (let pageIndex = 0; pageIndex < maxPages; pageIndex++) {
    const page = await fetchPage(offset, count)
    maxPages = Math.ceil(page.totalItems / count) + 1
    if (page.items.length === 0) return
    yield { items: page.items, totalItems: page.totalItems, offset }
    offset += page.items.length
    if (offset >= page.totalItems) return
  }
}
