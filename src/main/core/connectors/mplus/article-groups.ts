import type { MplusArticleGroup } from './types'

/** The article-group tree (getArticleGroups without a syncMarker) as one flat list, parents first. */
export function flattenGroups(groups: MplusArticleGroup[]): MplusArticleGroup[] {
  return groups.flatMap((group) => [group, ...flattenGroups(group.subGroupList)])
}
