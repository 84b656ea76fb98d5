import type { MplusArticleGroup } from './types'

/** The article-group tree (getArticleGroups without a syncMarker) as one flat list, parents first. */
export function flattenGroups(groups: MplusArticleGroup[]): MplusArticleGroup[] {
  return groups.flatMap((group) => [group, ...flattenGroups(group.subGroupList)])
}

/** An article group's own fields, as a mapping reads them (source-fields.ts: mplusArticleGroup). */
export type ArticleGroupFields = Pick<
  MplusArticleGroup,
  'groupNumber' | 'name' | 'text' | 'sortOrder'
>

/**
 * What a run keeps of a group: its own fields, without its subgroups and its product and article
 * numbers (a list as long as the catalogue), and with its texts copied out of the answer. A text
 * read from the answer is a view into the answer's whole string, so keeping one would keep the
 * answer alive for the run: 5 MB of XML at 100 000 products.
 */
export function keptFields(group: MplusArticleGroup): ArticleGroupFields {
  const { groupNumber, name, text, sortOrder } = group
  return structuredClone({ groupNumber, name, text, sortOrder })
}

/**
 * The flat article-group list read once per run, however many records ask for it at the same
 * time: they all wait for the one read (a lazy `groups ??= await read()` lets every record that
 * arrives before the first answer start its own). A failed read is forgotten, so the next
 * record tries again. `index` builds what the run keeps; it keeps what it needs with keptFields.
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
