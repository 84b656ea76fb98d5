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

/**
 * Keys the simulator leaves out when unset — enums are never sent as "" — that are still valid
 * names to ask for.
 */
const omittedWhenUnset = new Set(['tracking_code'])

/**
 * Whether `path` names a field of `value`. The keys of a resource and of every array's items are
 * checked; keys inside a nested object (an address, the embedded customer, `automations`) are not,
 * as their optional keys may be absent from the rendered body. An empty array accepts any path.
 */
function knownPath(value: Json, path: string[]): boolean {
  if (path.length === 0) return true
  if (Array.isArray(value)) return value.length === 0 || value.some((item) => knownPath(item, path))
  if (typeof value !== 'object' || value === null) return false
  const [head, ...rest] = path
  const record = value as Record<string, Json>
  if (!(head in record)) return omittedWhenUnset.has(head) && rest.length === 0
  const child = record[head]
  if (Array.isArray(child)) return knownPath(child, rest)
  return rest.length === 0 || (typeof child === 'object' && child !== null)
}

/**
 * The API refuses field names its resource does not have (reference §1.6: glossary error
 * RequestedFieldsInvalid, HTTP 422). The exact title and detail text are not in the reference;
 * the simulator's wording is its own.
 */
function assertKnownFields(body: Json, paths: string[][], parameter: string): void {
  const unknown = paths.filter((path) => !knownPath(body, path)).map((path) => path.join('.'))
  if (unknown.length > 0)
    throw new ApiProblem(
      422,
      'Requested Fields Invalid',
      `The ${parameter} parameter names fields this resource does not have: ${unknown.join(', ')}.`
    )
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
  const parameter = fields ? 'fields' : 'exclude_fields'
  const list = fields || exclude
  if (!list) return body
  const paths = split(list)
  assertKnownFields(body, paths, parameter)
  return fields ? pickPaths(body, paths) : dropPaths(body, paths)
}
