import type { MailchimpClient } from '../connectors/mailchimp/client'
import type { MplusClient } from '../connectors/mplus/client'
import { articleGroupsOnce } from '../connectors/mplus/article-groups'
import type { FlowDefinition } from '../sync/flow'

/** One product type used in the Mailchimp store. */
export interface ProductType {
  type: string
}

export interface CategoryGroupsFlowDeps {
  mailchimp: MailchimpClient
  mplus: MplusClient
  storeId: string
}

const maxGroupNameLength = 100

/**
 * The reverse categories direction: every product type used in the Mailchimp store becomes an
 * Mplus article group (top level) unless a group of that name exists already. Mailchimp offers no
 * changed-since filter on products, so each run reads the store's products; the ledger makes an
 * already-known type cost nothing.
 */
export function createCategoryGroupsFlow(
  deps: CategoryGroupsFlowDeps
): FlowDefinition<ProductType, ProductType> {
  const { mailchimp, mplus, storeId } = deps
  // Read once per run, then kept up to date with the groups this run creates.
  const groupsByName = articleGroupsOnce(
    mplus,
    (groups) => new Map(groups.map((group) => [group.name.trim().toLowerCase(), group.groupNumber]))
  )

  async function existingGroup(name: string): Promise<number | undefined> {
    return (await groupsByName()).get(name.toLowerCase())
  }

  return {
    id: 'categories',
    entity: 'category',
    source: 'mailchimp',
    target: 'mplus',

    async *read() {
      for await (const page of mailchimp.iterateProducts(storeId)) {
        const types = page.items
          .map((product) => (product.type ?? '').trim())
          .filter((type) => type !== '')
        yield { records: types.map((type) => ({ type })), checkpoint: null, total: page.totalItems }
      }
    },

    key: (record) => record.type.toLowerCase(),
    describe: (record) => `product type "${record.type}"`,

    async plan(record) {
      if ([...record.type].length > maxGroupNameLength) {
        return {
          action: 'fail',
          kind: 'validation',
          reason: `The product type "${record.type.slice(0, 40)}…" is longer than ${maxGroupNameLength} characters; an article group name cannot be that long. Shorten it in Mailchimp.`
        }
      }
      return { action: 'write', create: record, update: record }
    },

    async write({ payload }) {
      const known = await existingGroup(payload.type)
      if (known !== undefined)
        return { targetId: String(known), response: { existingGroup: known } }
      const groupNumber = await mplus.newArticleGroup({
        parentGroupNumber: 0,
        name: payload.type,
        text: payload.type
      })
      const groups = await groupsByName()
      groups.set(payload.type.toLowerCase(), groupNumber)
      return { targetId: String(groupNumber), response: { createdGroup: groupNumber } }
    }
  }
}
