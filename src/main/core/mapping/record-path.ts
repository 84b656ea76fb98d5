/**
 * Reading and writing dotted paths. Reading walks objects and arrays (`lines.0.price`) of a source
 * record; writing builds plain nested objects only, because every target payload we map is an
 * object tree and the flows assemble arrays (variants, order lines) themselves.
 */

export function readPath(record: unknown, path: string): unknown {
  let current: unknown = record
  for (const segment of path.split('.')) {
    if (Array.isArray(current) && /^\d+$/.test(segment)) current = current[Number(segment)]
    else if (isPlainObject(current) && Object.prototype.hasOwnProperty.call(current, segment))
      current = current[segment]
    else return undefined
  }
  return current
}

export function writePath(target: Record<string, unknown>, path: string, value: unknown): void {
  const segments = path.split('.')
  let node = target
  for (const segment of segments.slice(0, -1)) {
    const next = node[segment]
    if (!isPlainObject(next)) node[segment] = {}
    node = node[segment] as Record<string, unknown>
  }
  node[segments[segments.length - 1]] = value
}

/**
 * A copy with the keys of every object sorted, so equal payloads serialise to equal bytes whatever
 * order the rules were listed in (the engine hashes this JSON to detect changes: stableStringify).
 * A Date is kept as it is, for JSON to write as its ISO text.
 */
export function sortKeysDeep<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item) => sortKeysDeep(item)) as T
  if (!isPlainObject(value) || value instanceof Date) return value
  const sorted: Record<string, unknown> = {}
  for (const key of Object.keys(value).sort()) sorted[key] = sortKeysDeep(value[key])
  return sorted as T
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Missing, null, or text with nothing but white space. */
export function isEmptyValue(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '')
}
