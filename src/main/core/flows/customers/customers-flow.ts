import { isConnectorError, mayHaveLanded } from '../../connectors/connector-error'
import type { MailchimpClient } from '../../connectors/mailchimp/client'
import { checkEmail } from '../../connectors/mailchimp/input-checks'
import { parseMember, type Customer, type Member } from '../../connectors/mailchimp/types'
import { mplusInFlight, type MplusClient } from '../../connectors/mplus/client'
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
 * the e-mail addresses of the relations in Mplus, so a customer who already exists at the till is
 * linked and updated, never duplicated (outcome 'linked'). When several relations share the
 * address, the lowest relation number is linked and the record's log entry names them all. The
 * mapping decides person vs company (company name present → the company is the relation and the
 * person its contact).
 */
export function createCustomersFlow(
  deps: CustomersFlowDeps
): FlowDefinition<Member, MplusRelationFields> {
  const { mailchimp, mplus, source, mapper } = deps
  const relation = sectionParser<MplusRelationFields, MplusRelationFields>(relationSection(''), {
    update: 'partial'
  })

  // E-mail (lower case) → relation numbers, ascending; read once per run at the first new member
  // (shared by the records written at the same time; a failed read is tried again by the next),
  // then kept up to date with the relations this run creates.
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

    async plan(member, ctx) {
      // A stored copy of a member the source rejected (a retry that could not read it afresh).
      const checked = parseMember(member)
      if ('problem' in checked)
        return { action: 'fail', kind: 'validation', reason: unreadable(checked.problem) }
      try {
        checkEmail(member.email_address)
      } catch (error) {
        if (!isConnectorError(error)) throw error
        return { action: 'fail', kind: 'validation', reason: error.message }
      }
      const mapped = parseMapped(relation, mapper.map(member))
      if (!mapped.ok) return mappingRefusal(mapped, `Customer ${member.email_address}`)
      const changedAt = Date.parse(member.last_changed)
      const note =
        changedAt > ctx.now()
          ? `Mailchimp dates this member's last change in the future (${member.last_changed}); it was synced anyway, and is read again at each run until that time.`
          : undefined
      return { action: 'write', create: mapped.create, update: mapped.update, note }
    },

    async write({ payload, mode, ledger }) {
      const knownNumber = ledger?.targetId ? Number(ledger.targetId) : null
      if (mode === 'update' && knownNumber !== null) {
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
          warning: others.length
            ? `MplusKASSA has ${others.length + 1} relations with the e-mail address ${email} (relations ${[linked, ...others].join(', ')}); Kassabrug linked this customer to relation ${linked}, the lowest number. Merge the duplicates in MplusKASSA.`
            : undefined,
          response: { matchedExistingRelation: linked, sameEmail: others, ...response }
        }
      }
      const created = await createRelationOnce(payload, email)
      if (email) await remember(email, created.relationNumber)
      return { targetId: String(created.relationNumber), response: created }
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
