import type { MailchimpClient } from '../../connectors/mailchimp/client'
import type { MplusClient } from '../../connectors/mplus/client'
import { articleGroupsOnce, keptFields } from '../../connectors/mplus/article-groups'
import type { FlowMapper } from '../../mapping/flow-mapper'
import type { FlowDefinition, PlannedRecord } from '../../sync/flow'
import { articleGroupSection } from '../../mapping/targets/mplus-article-group'
import { parseMapped, sectionParser } from '../../mapping/typed-sections'
import { mappingRefusal } from '../mapping-refusal'

/** One product type used in the Mailchimp store. */
export interface ProductType {
  type: string
}

/** The new article group a product type becomes (NewArticleGroupRequest without the parent). */
export interface ArticleGroupPayload {
  name: string
  text: string
  sortOrder?: number
}

export interface ProductTypesFlowDeps {
  mailchimp: MailchimpClient
  mplus: MplusClient
  storeId: string
  mapper: FlowMapper
}

/**
 * Mailchimp product types → Mplus article groups (top level): every product type used in the
 * store becomes a group unless a group of that name exists already. Mailchimp offers no
 * changed-since filter on products, so each run reads the store's products; the ledger makes an
 * already-known type cost nothing. The other direction is the categories flow; the two are never
 * on together.
 */
export function createProductTypesFlow(
  deps: ProductTypesFlowDeps
): FlowDefinition<ProductType, ArticleGroupPayload> {
  const { mailchimp, mplus, storeId, mapper } = deps
  const group = sectionParser<ArticleGroupPayload, ArticleGroupPayload>(articleGroupSection(''), {
    update: 'whole'
  })
  // Read once per run, then kept up to date with the groups this run creates.
  const groupsByName = articleGroupsOnce(
    mplus,
    (groups) =>
      new Map(
        groups.map((group) => [keptFields(group).name.trim().toLowerCase(), group.groupNumber])
      )
  )

  async function existingGroup(name: string): Promise<number | undefined> {
    return (await groupsByName()).get(name.toLowerCase())
  }

  return {
    id: 'product-types',
    entity: 'product type',
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
    name: (record) => record.type,

    async plan(record): Promise<PlannedRecord<ArticleGroupPayload>> {
      const mapped = parseMapped(group, mapper.map(record))
      if (!mapped.ok) return mappingRefusal(mapped, `The product type "${record.type}"`)
      return {
        action: 'write',
        create: mapped.create,
        update: mapped.update,
        warnings: mapped.warnings
      }
    },

    async write({ payload }) {
      const known = await existingGroup(payload.name)
      if (known !== undefined)
        return { targetId: String(known), response: { existingGroup: known } }
      const groupNumber = await mplus.newArticleGroup({ parentGroupNumber: 0, ...payload })
      ;(await groupsByName()).set(payload.name.toLowerCase(), groupNumber)
      return { targetId: String(groupNumber), response: { createdGroup: groupNumber } }
    }
  }
}
