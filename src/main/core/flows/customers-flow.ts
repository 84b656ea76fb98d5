import { isConnectorError } from '../connectors/connector-error'
import type { MailchimpClient } from '../connectors/mailchimp/client'
import { checkEmail } from '../connectors/mailchimp/input-checks'
import type { Member } from '../connectors/mailchimp/types'
import type { MplusClient } from '../connectors/mplus/client'
import type { MplusRelationFields } from '../connectors/mplus/types'
import type { FlowDefinition } from '../sync/flow'
import type { FlowMapper } from '../mapping/flow-mapper'
import { mappingRefusal } from './mapping-refusal'

export interface CustomersFlowDeps {
  mailchimp: MailchimpClient
  mplus: MplusClient
  listId: string
  mapper: FlowMapper
}

/**
 * Mailchimp audience members → Mplus relations, incrementally by `last_changed`. A member is
 * matched by e-mail: first through the ledger (the relation we created or found before), then by
 * an exact e-mail search in Mplus, so a customer who already exists at the till is updated, never
 * duplicated. The mapping decides person vs company (company name present → the company is the
 * relation and the person its contact).
 */
export function createCustomersFlow(
  deps: CustomersFlowDeps
): FlowDefinition<Member, MplusRelationFields> {
  const { mailchimp, mplus, listId, mapper } = deps
  return {
    id: 'customers',
    entity: 'customer',
    source: 'mailchimp',
    target: 'mplus',

    async *read({ checkpoint }) {
      for await (const page of mailchimp.iterateMembers({ listId, sinceLastChanged: checkpoint })) {
        yield { records: page.members, checkpoint: page.checkpoint, total: page.totalItems }
      }
    },

    key: (member) => member.email_address.trim().toLowerCase(),
    describe: (member) => `customer ${member.email_address}`,

    async plan(member) {
      try {
        checkEmail(member.email_address)
      } catch (error) {
        if (!isConnectorError(error)) throw error
        return { action: 'fail', kind: 'validation', reason: error.message }
      }
      const mapped = mapper.map(member)
      if (!mapped.ok) return mappingRefusal(mapped, `Customer ${member.email_address}`)
      return { action: 'write', create: mapped.create, update: mapped.update }
    },

    async write({ payload, mode, ledger }) {
      const knownNumber = ledger?.targetId ? Number(ledger.targetId) : null
      if (mode === 'update' && knownNumber !== null) {
        const response = await mplus.updateRelation({ ...payload, relationNumber: knownNumber })
        return { targetId: String(knownNumber), response }
      }
      const email = payload.email
      const existing = email ? await mplus.findRelationV2({ email }, { exactMatch: true }) : null
      if (existing) {
        const response = await mplus.updateRelation({
          ...payload,
          relationNumber: existing.relationNumber
        })
        return {
          targetId: String(existing.relationNumber),
          response: { matchedExistingRelation: existing.relationNumber, ...response }
        }
      }
      const created = await mplus.createRelation(payload)
      return { targetId: String(created.relationNumber), response: created }
    }
  }
}
