import type { Source, Transform } from './contract/mapping-model'

/**
 * A rule's source and transforms in one short notation, the same in the editor and in the core's
 * preview: a path as it is, a constant as JSON, a join as `a + " " + b`, the first non-empty of
 * several as `a | b`, a transform as `kind(option: value)`.
 */
export function describeSource(source: Source): string {
  if ('path' in source) return source.path
  if ('constant' in source) return JSON.stringify(source.constant)
  if ('concat' in source)
    return source.concat
      .map(describeSource)
      .join(source.separator === undefined ? ' + ' : ` + ${JSON.stringify(source.separator)} + `)
  return source.firstOf.map(describeSource).join(' | ')
}

export function describeTransform(transform: Transform): string {
  const { kind, ...options } = transform
  const details = Object.entries(options)
    .map(([key, value]) => `${key}: ${JSON.stringify(value)}`)
    .join(', ')
  return details ? `${kind}(${details})` : kind
}
