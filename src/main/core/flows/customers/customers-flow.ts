import type { RecordWarning } from '../../../../shared/contract'
import type { MailchimpClient } from '../../connectors/mailchimp/client'
import { parseMember, type Customer, type Member } from '../../connectors/mailchimp/types'
import { mplusInFlight, type MplusClient } from '../../connectors/mplus/client'
import type { MplusRelationFields } from '../../connectors/mplus/types'
import type { FlowDefinition } from '../../sync/flow'
import type { FlowMapper } from '../../mapping/flow-mapper'
import { createCustomerRelations } from './customer-relations'

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
 * the e-mail addresses of the relations in Mplus (`customer-relations.ts`, the rule the orders-in
 * flow uses too), so a customer who already exists at the till is linked and updated, never
 * duplicated (outcome 'linked').
 */
export function createCustomersFlow(
  deps: CustomersFlowDeps
): FlowDefinition<Member, MplusRelationFields> {
  const { mailchimp, mplus, source, mapper } = deps
  const relations = createCustomerRelations(mplus, mapper)

  return {
    id: 'customers',
    entity: 'customer',
    source: 'mailchimp',
    target: 'mplus',
    inFlight: mplusInFlight,

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
        yield {
          records: page.members,
          rejected: page.rejected.map(({ raw, problem }) => ({
            key: rawEmail(raw),
            raw,
            reason: unreadable(problem)
          })),
          checkpoint: page.checkpoint,
          total: page.totalItems
        }
      }
    },

    ...(source.kind === 'audience'
      ? {
          // The key is the e-mail address, so the member can be read again by it.
          readOne: (key: string) => mailchimp.getMember(source.listId, key)
        }
      : {}),

    key: (member) => member.email_address.trim().toLowerCase(),
    describe: (member) => `customer ${member.email_address}`,
    name: (member) => memberName(member.merge_fields) ?? member.email_address,

    async plan(member, ctx) {
      // A stored copy of a member the source rejected (a retry that could not read it afresh).
      const checked = parseMember(member)
      if ('problem' in checked)
        return {
          action: 'fail',
          kind: 'validation',
          reason: unreadable(checked.problem),
          notices: [{ code: 'source-unreadable', params: { problem: checked.problem } }]
        }
      const relation = relations.plan(member, `Customer ${member.email_address}`)
      if (!relation.ok) return relation.refusal
      const changedAt = Date.parse(member.last_changed)
      const inFuture: RecordWarning[] =
        changedAt > ctx.now() ? [{ code: 'changed-in-future', params: { date: changedAt } }] : []
      return {
        action: 'write',
        create: relation.create,
        update: relation.update,
        warnings: [...relation.warnings, ...inFuture]
      }
    },

    async write({ payload, mode, ledger }) {
      const knownNumber = mode === 'update' && ledger?.targetId ? Number(ledger.targetId) : null
      return relations.write(payload, knownNumber)
    }
  }
}

function unreadable(problem: string): string {
  return `Mailchimp sent this member in a shape Kassabrug cannot read (${problem}).`
}

/** The e-mail address of a member that failed the schema, as its ledger key when there is one. */
function rawEmail(raw: unknown): string | null {
  const email =
    typeof raw === 'object' && raw !== null
      ? (raw as { email_address?: unknown }).email_address
      : undefined
  return typeof email === 'string' || typeof email === 'number'
    ? String(email).trim().toLowerCase()
    : null
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

/** First and last name from the audience's FNAME and LNAME, else the company; null without any. */
function memberName(fields: Member['merge_fields']): string | null {
  const text = (key: string): string => {
    const value = fields?.[key]
    return typeof value === 'string' ? value.trim() : ''
  }
  const person = [text('FNAME'), text('LNAME')].filter(Boolean).join(' ')
  return person || text('COMPANY') || null
}
