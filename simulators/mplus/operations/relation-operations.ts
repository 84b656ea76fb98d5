import { soapDateTime } from '../mplus-dates'
import { pageBySyncMarker, type RelationRecord } from '../state'
import type { PlainObject } from '../xml-codec'
import {
  assignDefined,
  limitOf,
  numbersOf,
  read,
  requestOf,
  write,
  type OperationContext,
  type OperationSpec
} from './context'

/** Fields the server sets itself; a client sending them has no effect. */
const serverOwnedFields = [
  'relationNumber',
  'syncMarker',
  'createTimestamp',
  'changeTimestamp',
  'points',
  'balance',
  'invoiceCredit',
  'accountBalance'
]

/** Search terms findRelation honours (reference §7.2, developers.mpluskassa.nl relations tutorial). */
const searchableFields = [
  'extRelationId',
  'name',
  'address',
  'zipcode',
  'city',
  'country',
  'deliveryAddress',
  'deliveryZipcode',
  'deliveryCity',
  'deliveryCountry',
  'contact',
  'telephone',
  'mobile',
  'email',
  'website',
  'relationCode',
  'cardNumber',
  'bankAccountNumber',
  'companyName'
]

function touch(relation: RelationRecord, context: OperationContext): void {
  relation.syncMarker = ++context.state.counters.relationSyncMarker
  relation.changeTimestamp = soapDateTime(context.now())
}

/**
 * Case-insensitive partial match on every supplied search term (documented for findRelation).
 * `exactMatch` (findRelationV2) is undocumented; the simulator assumes whole-value, still
 * case-insensitive, comparison (UNCONFIRMED). When several relations match, the lowest
 * relationNumber wins (UNCONFIRMED).
 */
function findRelation(
  criteria: PlainObject | undefined,
  exactMatch: boolean,
  context: OperationContext
): RelationRecord | undefined {
  const terms = searchableFields
    .filter(
      (field) => typeof criteria?.[field] === 'string' && String(criteria[field]).trim() !== ''
    )
    .map((field) => [field, String(criteria?.[field]).trim().toLowerCase()] as const)
  if (terms.length === 0) return undefined
  const sorted = [...context.state.relations.values()].sort(
    (a, b) => a.relationNumber - b.relationNumber
  )
  return sorted.find((relation) =>
    terms.every(([field, term]) => {
      const value = typeof relation[field] === 'string' ? String(relation[field]).toLowerCase() : ''
      return exactMatch ? value === term : value.includes(term)
    })
  )
}

export const relationOperations: Record<string, OperationSpec> = {
  getRelations: read((body, context) => {
    const request = requestOf(body)
    const wanted = numbersOf(request.relationNumbers)
    let relations: Iterable<RelationRecord> = context.state.relations.values()
    if (wanted.length > 0) relations = wanted.flatMap((n) => context.state.relations.get(n) ?? [])
    if (request.categoryId !== undefined) {
      const category = Number(request.categoryId)
      relations = [...relations].filter((r) =>
        numbersOf((r.categoryIds as PlainObject | undefined)?.category).includes(category)
      )
    }
    const page = pageBySyncMarker(relations, Number(request.syncMarker ?? 0), limitOf(request))
    return { relationList: { relation: page } }
  }),
  getRelation: read((body, context) => {
    const relation = context.state.relations.get(Number(body.relationNumber))
    // The schema makes `relation` required even for NOT-FOUND; the simulator sends an empty one
    // (real server output UNCONFIRMED, reference §7.2).
    return relation
      ? { result: 'GET-RELATION-RESULT-OK', relation }
      : { result: 'GET-RELATION-RESULT-NOT-FOUND', relation: {} }
  }),
  findRelation: read((body, context) => {
    const relation = findRelation(body.relation as PlainObject | undefined, false, context)
    return relation
      ? { result: 'FIND-RELATION-RESULT-OK', relation }
      : { result: 'FIND-RELATION-RESULT-NOT-FOUND' }
  }),
  findRelationV2: read((body, context) => {
    const request = requestOf(body)
    const relation = findRelation(
      request.relation as PlainObject,
      request.exactMatch === true,
      context
    )
    return relation
      ? { result: 'FIND-RELATION-RESULT-OK', relation }
      : { result: 'FIND-RELATION-RESULT-NOT-FOUND' }
  }),
  createRelation: write((body, context) => {
    const input = body.relation as PlainObject | undefined
    if (!input)
      return {
        result: 'CREATE-RELATION-RESULT-FAILED',
        relationNumber: 0,
        errorMessage: 'No relation supplied'
      }
    const requested =
      typeof input.relationNumber === 'number' && input.relationNumber > 0
        ? input.relationNumber
        : undefined
    if (requested !== undefined && context.state.relations.has(requested)) {
      return {
        result: 'CREATE-RELATION-RESULT-FAILED-RELATION-NUMBER-ALREADY-TAKEN',
        relationNumber: 0,
        errorMessage: `Relation number ${requested} is already taken`
      }
    }
    const relationNumber = requested ?? context.state.counters.nextRelationNumber++
    if (requested !== undefined && requested >= context.state.counters.nextRelationNumber)
      context.state.counters.nextRelationNumber = requested + 1
    const relation: RelationRecord = {
      relationNumber,
      syncMarker: 0,
      createTimestamp: soapDateTime(context.now()),
      active: true
    }
    assignDefined(relation, input, serverOwnedFields)
    touch(relation, context)
    context.state.relations.set(relationNumber, relation)
    return {
      result: 'CREATE-RELATION-RESULT-OK',
      relationNumber,
      changeTimestamp: relation.changeTimestamp,
      syncMarker: relation.syncMarker,
      errorMessage: ''
    }
  }),
  updateRelation: write((body, context) => {
    const input = body.relation as PlainObject | undefined
    const relation = input ? context.state.relations.get(Number(input.relationNumber)) : undefined
    if (!input || !relation)
      return { result: 'UPDATE-RELATION-RESULT-NOT-FOUND', errorMessage: 'Relation not found' }
    // Partial update: only supplied fields change (full-replacement semantics UNCONFIRMED, §10.6).
    assignDefined(relation, input, serverOwnedFields)
    touch(relation, context)
    return {
      result: 'UPDATE-RELATION-RESULT-OK',
      errorMessage: '',
      changeTimestamp: relation.changeTimestamp,
      syncMarker: relation.syncMarker
    }
  })
}
