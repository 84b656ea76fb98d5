import type { MplusArticleGroup } from './types'

/** The article-group tree (getArticleGroups without a syncMarker) as one flat list, parents first. */
export function flattenGroups(groups: MplusArticleGroup[]): MplusArticleGroup[] {
  return groups.flatMap((group) => [group, ...flattenGroups(group.subGroupList)])
}

/**
 * The flat article-group list read once per run, however many records ask for it at the same
 * time: they all wait for the one read (a lazy `groups ??= await read()` lets every record that
 * arrives before the first answer start its own). A failed read is forgotten, so the next
 * record tries again.
 */
export function articleGroupsOnce<T>(
  mplus: { getArticleGroups(): Promise<MplusArticleGroup[]> },
  index: (groups: MplusArticleGroup[]) => T
): () => Promise<T> {
  let read: Promise<T> | null = null
  return () => {
    read ??= mplus.getArticleGroups().then(
      (groups) => index(flattenGroups(groups)),
      (error: unknown) => {
        read = null
        throw error
      }
    )
    return read
  }
}
