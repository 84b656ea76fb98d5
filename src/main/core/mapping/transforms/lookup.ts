import type { LookupTables } from '../../../../shared/contract/mapping-model'
import { showValue, TransformError } from './transform-error'

/**
 * Looks a key up in a named table. Keys are compared as trimmed text without case, so "nl", "NL "
 * and "Nl" find the same VAT code. A key the table lacks takes the table's default, else is an
 * error (or empty, when the rule says a missing entry may leave the field out).
 */
export function lookup(
  value: unknown,
  tableName: string,
  tables: LookupTables,
  onMissing: 'error' | 'empty'
): unknown {
  const table = tables[tableName]
  if (!table) throw new TransformError(`lookup: there is no lookup table named '${tableName}'`)
  if (typeof value !== 'string' && typeof value !== 'number') {
    throw new TransformError(
      `lookup in '${tableName}' needs text or a number as key, got ${showValue(value)}`
    )
  }
  const key = String(value).trim().toLowerCase()
  const match = Object.keys(table.entries).find((entry) => entry.trim().toLowerCase() === key)
  if (match !== undefined) return table.entries[match]
  if (table.default !== undefined) return table.default
  if (onMissing === 'empty') return undefined
  throw new TransformError(
    `lookup: table '${tableName}' has no entry for ${showValue(value)} and no default`
  )
}
