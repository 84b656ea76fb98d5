import type { Source } from '../../../shared/contract/mapping-model'
import { isEmptyValue, readPath } from './record-path'
import { showValue, TransformError } from './transforms/transform-error'

/** The value a rule's source yields for one record (undefined when the record has none). */
export function resolveSource(source: Source, record: unknown): unknown {
  if ('path' in source) return readPath(record, source.path)
  if ('constant' in source) return source.constant
  if ('firstOf' in source) {
    for (const candidate of source.firstOf) {
      const value = resolveSource(candidate, record)
      if (!isEmptyValue(value)) return value
    }
    return undefined
  }
  return joinTexts(
    source.concat.map((part) => resolveSource(part, record)),
    source.separator ?? ' '
  )
}

/** Joins the non-empty values as text; undefined when every value is empty. */
export function joinTexts(values: unknown[], separator: string): string | undefined {
  const texts = values.filter((value) => !isEmptyValue(value)).map(asJoinableText)
  return texts.length > 0 ? texts.join(separator) : undefined
}

function asJoinableText(value: unknown): string {
  if (typeof value === 'string') return value.trim()
  if (typeof value === 'number' && Number.isFinite(value)) return String(value)
  throw new TransformError(`concat can only join text and numbers, got ${showValue(value)}`)
}
