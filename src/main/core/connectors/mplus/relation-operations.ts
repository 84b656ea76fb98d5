import { z } from 'zod'
import { ConnectorError } from '../connector-error'
import { iterateBySyncMarker as iterate, type PagingOptions } from './paging'
import * as schemas from './response-schemas'
import type { MplusCalls } from './soap-call'
import type { MplusPage, MplusRelation, MplusRelationFields } from './types'
import { relationToWire, requireIdentifier } from './wire-mapping'

/** Relations (customers, persons and companies): paging by syncMarker, lookups, create and update. */
export function relationOperations({ call, confirmed }: MplusCalls) {
  const operations = {
    async getRelations(
      options: PagingOptions & { relationNumbers?: number[]; categoryId?: number } = {}
    ): Promise<MplusRelation[]> {
      const request = {
        relationNumbers: options.relationNumbers,
        categoryId: options.categoryId,
        syncMarker: options.fromSyncMarker,
        syncMarkerLimit: options.syncMarkerLimit
      }
      return call('getRelations', { request }, relationsResponse)
    },

    iterateRelations(options: PagingOptions = {}): AsyncGenerator<MplusPage<MplusRelation>> {
      return iterate('getRelations', options, operations.getRelations)
    },

    /** With exactMatch: whole-value match (semantics UNCONFIRMED); use e-mail + exactMatch for lookups. */
    async findRelationV2(
      criteria: MplusRelationFields,
      options: { exactMatch?: boolean } = {}
    ): Promise<MplusRelation | null> {
      const request = {
        relation: relationToWire('findRelationV2', criteria),
        exactMatch: options.exactMatch
      }
      return findResult(
        'findRelationV2',
        await call('findRelationV2', { request }, findRelationResponse)
      )
    },

    async createRelation(
      relation: MplusRelationFields & { relationNumber?: number }
    ): Promise<{ relationNumber: number; syncMarker?: number }> {
      const response = await confirmed(
        'write',
        'createRelation',
        { relation: relationToWire('createRelation', relation) },
        z.object({
          result: schemas.resultEnums.createRelation,
          relationNumber: schemas.long,
          syncMarker: schemas.long.optional(),
          errorMessage: schemas.text
        }),
        'CREATE-RELATION-RESULT-OK'
      )
      return { relationNumber: response.relationNumber, syncMarker: response.syncMarker }
    },

    /** Sends only the fields given (partial-update semantics assumed, reference §10.6). */
    async updateRelation(
      relation: MplusRelationFields & { relationNumber: number }
    ): Promise<{ syncMarker?: number }> {
      requireIdentifier('updateRelation', 'relationNumber', relation.relationNumber)
      const response = await confirmed(
        'update',
        'updateRelation',
        { relation: relationToWire('updateRelation', relation) },
        z.object({
          result: schemas.resultEnums.updateRelation,
          errorMessage: schemas.text,
          syncMarker: schemas.long.optional()
        }),
        'UPDATE-RELATION-RESULT-OK'
      )
      return { syncMarker: response.syncMarker }
    }
  }
  return operations
}

const relationsResponse = schemas.listResponse('relationList', 'relation', schemas.relationSchema)

const findRelationResponse = z.object({
  result: schemas.resultEnums.findRelation,
  relation: schemas.relationSchema.optional()
})

function findResult(
  operation: string,
  response: z.output<typeof findRelationResponse>
): MplusRelation | null {
  if (response.result === 'FIND-RELATION-RESULT-NOT-FOUND') return null
  if (!response.relation) {
    throw new ConnectorError(
      'invalid-response',
      'mplus',
      `Invalid answer to ${operation}: result OK without a relation`,
      { operation, code: 'SCHEMA_MISMATCH' }
    )
  }
  return response.relation
}
