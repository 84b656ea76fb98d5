import type { RecordWarning } from '../../../../shared/contract'
import { isConnectorError, mayHaveLanded } from '../../connectors/connector-error'
import { checkEmail } from '../../connectors/mailchimp/input-checks'
import type { Member } from '../../connectors/mailchimp/types'
import type { MplusClient } from '../../connectors/mplus/client'
import type { MplusRelationFields } from '../../connectors/mplus/types'
import type { FlowMapper } from '../../mapping/flow-mapper'
import { relationSection } from '../../mapping/targets/mplus-relation'
import { parseMapped, sectionParser } from '../../mapping/typed-sections'
import type { PlannedRecord, WriteResult } from '../../sync/flow'
import { mappingRefusal } from '../mapping-refusal'

export type RelationPlan =
  | {
      ok: true
      create: MplusRelationFields
      update: MplusRelationFields
      warnings: RecordWarning[]
    }
  | { ok: false; refusal: Extract<PlannedRecord<never>, { action: 'fail' }> }

/**
 * A customer → Mplus relation, the one rule every flow that writes a relation uses (the
 * customers flow, and the orders-in flow for each order's customer): the customers mapping
 * decides person vs company (company name present → the company is the relation and the person
 * its contact), and the relation is found again by e-mail — first by the number the caller
 * knows, then among the relations at the till — so a customer who exists already is linked and
 * updated, never duplicated. When several relations share the address, the lowest relation
 * number is linked and the warning names them all.
 */
export function createCustomerRelations(mplus: MplusClient, mapper: FlowMapper) {
  const relation = sectionParser<MplusRelationFields, MplusRelationFields>(relationSection(''), {
    update: 'partial'
  })

  // E-mail (lower case) → relation numbers, ascending; read once per run at the first new
  // customer (shared by the records written at the same time; a failed read is tried again by
  // the next), then kept up to date with the relations this run creates.
  let relationsByEmail: Promise<Map<string, number[]>> | null = null
  async function readRelationIndex(): Promise<Map<string, number[]>> {
    const index = new Map<string, number[]>()
    for await (const page of mplus.iterateRelations()) {
      for (const relation of page.items) {
        const address = relation.email?.trim().toLowerCase()
        if (address) index.set(address, [...(index.get(address) ?? []), relation.relationNumber])
      }
    }
    for (const numbers of index.values()) numbers.sort((a, b) => a - b)
    return index
  }
  async function relationsWith(email: string): Promise<number[]> {
    relationsByEmail ??= readRelationIndex().catch((error: unknown) => {
      relationsByEmail = null
      throw error
    })
    return (await relationsByEmail).get(email.trim().toLowerCase()) ?? []
  }
  async function remember(email: string, relationNumber: number): Promise<void> {
    ;(await relationsByEmail)?.set(email.trim().toLowerCase(), [relationNumber])
  }

  /**
   * A create whose answer was lost may still have landed (the till cannot take an idempotency key
   * for relations): look the e-mail up at the till before sending it once more, so a dropped
   * connection neither duplicates the relation nor costs the record a run.
   */
  async function createRelationOnce(
    payload: MplusRelationFields,
    email: string | undefined
  ): Promise<{ relationNumber: number }> {
    try {
      return await mplus.createRelation(payload)
    } catch (error) {
      if (!email || !isConnectorError(error) || !mayHaveLanded(error)) throw error
      const landed = await mplus.findRelationV2({ email }, { exactMatch: true })
      return landed ?? (await mplus.createRelation(payload))
    }
  }

  async function writeRelation(
    payload: MplusRelationFields,
    knownNumber: number | null
  ): Promise<WriteResult> {
    if (knownNumber !== null) {
      const response = await mplus.updateRelation({ ...payload, relationNumber: knownNumber })
      return { targetId: String(knownNumber), response }
    }
    const email = payload.email
    const [linked, ...others] = email ? await relationsWith(email) : []
    if (linked !== undefined) {
      const response = await mplus.updateRelation({ ...payload, relationNumber: linked })
      return {
        targetId: String(linked),
        outcome: 'linked',
        ...(others.length && email
          ? {
              warnings: [
                {
                  code: 'several-relations',
                  params: {
                    email,
                    count: others.length + 1,
                    relations: [linked, ...others].join(', '),
                    linked
                  }
                }
              ]
            }
          : {}),
        response: { matchedExistingRelation: linked, sameEmail: others, ...response }
      }
    }
    const created = await createRelationOnce(payload, email)
    if (email) await remember(email, created.relationNumber)
    return { targetId: String(created.relationNumber), response: created }
  }

  /** The write in progress per e-mail address (lower case). */
  const writing = new Map<string, Promise<WriteResult>>()

  const api = {
    /** The member's relation through the customers mapping, or why it cannot be sent. */
    plan(member: Member, subject: string): RelationPlan {
      try {
        checkEmail(member.email_address)
      } catch (error) {
        if (!isConnectorError(error)) throw error
        return {
          ok: false,
          refusal: {
            action: 'fail',
            kind: 'validation',
            reason: error.message,
            notices: [
              { code: 'invalid-email', params: { email: member.email_address.slice(0, 80) } }
            ]
          }
        }
      }
      const mapped = parseMapped(relation, mapper.map(member))
      if (!mapped.ok) return { ok: false, refusal: mappingRefusal(mapped, subject) }
      return { ok: true, create: mapped.create, update: mapped.update, warnings: mapped.warnings }
    },

    /**
     * Writes the relation: to the number the caller knows (an update); else to the relation with
     * the same e-mail at the till (linked, updated); else creates it once.
     */
    write(payload: MplusRelationFields, knownNumber: number | null): Promise<WriteResult> {
      if (knownNumber !== null || !payload.email) return writeRelation(payload, knownNumber)
      // One at a time per e-mail address: two orders of one new customer written side by side
      // would otherwise both find no relation and both create one.
      const key = payload.email.trim().toLowerCase()
      const result = (writing.get(key) ?? Promise.resolve()).then(
        () => writeRelation(payload, null),
        () => writeRelation(payload, null)
      )
      writing.set(key, result)
      void result
        .finally(() => {
          if (writing.get(key) === result) writing.delete(key)
        })
        .catch(() => undefined)
      return result
    }
  }

  return api
}

export type CustomerRelations = ReturnType<typeof createCustomerRelations>
