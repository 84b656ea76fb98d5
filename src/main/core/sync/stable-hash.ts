import { createHash } from 'node:crypto'
import { sortKeysDeep } from '../mapping/record-path'

/**
 * JSON with object keys sorted at every level, so two payloads that differ only in key order
 * hash the same. Undefined object members are dropped, as JSON.stringify does.
 */
export function stableStringify(value: unknown): string {
  return JSON.stringify(sortKeysDeep(value))
}

/** sha256 of the stable JSON: what the ledger stores to decide "unchanged, skip". */
export function payloadHash(payload: unknown): string {
  return createHash('sha256').update(stableStringify(payload)).digest('hex')
}
