import { ApiProblem } from './problem'

/**
 * `count`/`offset` paging (default 10, at most 1000) and `fields`/`exclude_fields` partial
 * responses with dot paths, as every Marketing API collection supports them.
 */
export function pageOf<T>(items: readonly T[], query: URLSearchParams): T[] {
  const count = integerParam(query, 'count', 10)
  const offset = integerParam(query, 'offset', 0)
  if (count < 1 || count > 1000)
    throw new ApiProblem(400, 'Invalid Resource', 'The value of count must be between 1 and 1000.')
  if (offset < 0)
    throw new ApiProblem(400, 'Invalid Resource', 'The value of offset must not be negative.')
  return items.slice(offset, offset + count)
}

/**
 * A collection response: the page under the resource's own key (`members`, `products`, …), the
 * parent ids the API echoes, and total_items regardless of paging.
 */
export function collection<T>(
  key: string,
  items: readonly T[],
  query: URLSearchParams,
  render: (item: T) => unknown,
  parentIds: Record<string, string> = {}
): Record<string, unknown> {
  return { ...parentIds, [key]: pageOf(items, query).map(render), total_items: items.length }
}

function integerParam(query: URLSearchParams, name: string, fallback: number): number {
  const raw = query.get(name)
  if (raw === null || raw === '') return fallback
  if (!/^-?\d+$/.test(raw))
    throw new ApiProblem(
      400,
      'Invalid Resource',
      `The value of ${name} must be an integer, "${raw}" given.`
    )
  return Number(raw)
}

type Json = unknown

function pickPaths(value: Json, paths: string[][]): Json {
  if (Array.isArray(value)) return value.map((item) => pickPaths(item, paths))
  if (typeof value !== 'object' || value === null) return value
  const record = value as Record<string, Json>
  const result: Record<string, Json> = {}
  const byHead = new Map<string, string[][]>()
  for (const [head, ...rest] of paths) byHead.set(head, [...(byHead.get(head) ?? []), rest])
  for (const [head, rests] of byHead) {
    if (!(head in record)) continue
    result[head] = rests.some((rest) => rest.length === 0)
      ? record[head]
      : pickPaths(record[head], rests)
  }
  return result
}

function dropPaths(value: Json, paths: string[][]): Json {
  if (Array.isArray(value)) return value.map((item) => dropPaths(item, paths))
  if (typeof value !== 'object' || value === null) return value
  const result: Record<string, Json> = { ...(value as Record<string, Json>) }
  for (const [head, ...rest] of paths) {
    if (!(head in result)) continue
    if (rest.length === 0) delete result[head]
    else result[head] = dropPaths(result[head], [rest])
  }
  return result
}

export function applyFieldSelection(body: Json, query: URLSearchParams): Json {
  const fields = query.get('fields')
  const exclude = query.get('exclude_fields')
  if (fields && exclude)
    throw new ApiProblem(
      400,
      'Invalid Resource',
      'The fields and exclude_fields parameters are mutually exclusive.'
    )
  const split = (list: string): string[][] =>
    list
      .split(',')
      .map((path) => path.trim())
      .filter(Boolean)
      .map((path) => path.split('.'))
  if (fields) return pickPaths(body, split(fields))
  if (exclude) return dropPaths(body, split(exclude))
  return body
}
