import { isConnectorError } from '../../connectors/connector-error'
import type { MailchimpClient } from '../../connectors/mailchimp/client'
import { checkEmail } from '../../connectors/mailchimp/input-checks'
import type { Customer, Member } from '../../connectors/mailchimp/types'
import type { MplusClient } from '../../connectors/mplus/client'
import type { MplusRelationFields } from '../../connectors/mplus/types'
import type { FlowDefinition } from '../../sync/flow'
import type { FlowMapper } from '../../mapping/flow-mapper'
import { relationSection } from '../../mapping/targets/mplus-relation'
import { parseMapped, sectionParser } from '../../mapping/typed-sections'
import { mappingRefusal } from '../mapping-refusal'

/** Where the customers come from: the audience's members, or one store's customers. */
export type CustomerSource =
  { kind: 'audience'; listId: string } | { kind: 'store'; storeId: string }

export interface CustomersFlowDeps {
  mailchimp: MailchimpClient
  mplus: MplusClient
  source: CustomerSource
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
  const { mailchimp, mplus, source, mapper } = deps
  const relation = sectionParser<MplusRelationFields, MplusRelationFields>(relationSection(''), {
    update: 'partial'
  })
  return {
    id: 'customers',
    entity: 'customer',
    source: 'mailchimp',
    target: 'mplus',

    async *read({ checkpoint }) {
      if (source.kind === 'store') {
        // Store customers have no changed-since filter: read them all, the ledger hash skips
        // the unchanged ones.
        for await (const page of mailchimp.iterateCustomers(source.storeId)) {
          yield {
            records: page.items.map(customerAsMember),
            checkpoint: null,
            total: page.totalItems
          }
        }
        return
      }
      const pages = mailchimp.iterateMembers({
        listId: source.listId,
        sinceLastChanged: checkpoint
      })
      for await (const page of pages) {
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
      const mapped = parseMapped(relation, mapper.map(member))
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

/**
 * A store customer in the shape of an audience member, so one customers mapping serves both
 * sources (FNAME/LNAME/COMPANY and the ADDRESS merge field).
 */
export function customerAsMember(customer: Customer): Member {
  const address = customer.address ?? {}
  return {
    id: customer.id,
    email_address: customer.email_address,
    status: customer.opt_in_status ? 'subscribed' : 'transactional',
    last_changed: customer.updated_at ?? '',
    merge_fields: {
      FNAME: customer.first_name ?? '',
      LNAME: customer.last_name ?? '',
      COMPANY: customer.company ?? '',
      ADDRESS: {
        addr1: address.address1 ?? '',
        addr2: address.address2 ?? '',
        city: address.city ?? '',
        state: address.province ?? '',
        zip: address.postal_code ?? '',
        country: address.country_code || address.country || ''
      }
    }
  }
}
