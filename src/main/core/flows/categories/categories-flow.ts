import type { MailchimpClient } from '../../connectors/mailchimp/client'
import type { MplusClient } from '../../connectors/mplus/client'
import { flattenGroups } from '../../connectors/mplus/article-groups'
import type { MplusArticleGroup } from '../../connectors/mplus/types'
import type { FlowDefinition, PlannedRecord } from '../../sync/flow'
import type { FlowMapper } from '../../mapping/flow-mapper'
import { parseMapped, sectionParser } from '../../mapping/typed-sections'
import { mappingRefusal } from '../mapping-refusal'
import { readBySyncMarker } from '../sync-marker-read'
import { productTypeSection } from './product-type-section'

/** The product type a group gives, and the Mailchimp products that carry it. */
export interface CategoryPayload {
  type: string
  productIds: string[]
}

export interface CategoriesFlowDeps {
  mailchimp: MailchimpClient
  mplus: MplusClient
  storeId: string
  mapper: FlowMapper
  pageSize?: number
}

/**
 * Mplus article groups → the Mailchimp product `type` (Mailchimp has no category resource; its
 * e-commerce category segments match on the product type). New products get their type from the
 * products flow when they are created; this flow carries a renamed group, or a group that gained
 * products, to every product of the group that Mailchimp already has (known from the products
 * ledger). Incremental by the groups' syncMarker.
 */
export function createCategoriesFlow(
  deps: CategoriesFlowDeps
): FlowDefinition<MplusArticleGroup, CategoryPayload> {
  const { mailchimp, mplus, storeId, mapper } = deps
  const section = sectionParser<{ type: string }, { type: string }>(productTypeSection(''), {
    update: 'whole'
  })
  return {
    id: 'categories',
    entity: 'category',
    source: 'mplus',
    target: 'mailchimp',
    inFlight: mailchimp.maxConcurrentRequests,
    targetLimitsItself: true,

    read: ({ checkpoint }) =>
      readBySyncMarker(
        checkpoint,
        deps.pageSize,
        (options) => mplus.iterateArticleGroups(options),
        // A deleted group leaves its products' type as it was: Mailchimp has nothing to delete.
        (group) => !group.isDeleted
      ),

    async readOne(key) {
      const groups = flattenGroups(await mplus.getArticleGroups())
      return groups.find((group) => String(group.groupNumber) === key && !group.isDeleted) ?? null
    },

    key: (group) => String(group.groupNumber),
    describe: (group) => `category ${group.groupNumber} (${group.name})`,
    name: (group) => group.name,

    async plan(group, ctx): Promise<PlannedRecord<CategoryPayload>> {
      const mapped = parseMapped(section, mapper.map(group))
      if (!mapped.ok) return mappingRefusal(mapped, `Category ${group.groupNumber}`)
      const { type } = mapped.create
      const productIds: string[] = []
      for (const productNumber of group.productNumbers) {
        const entry = await ctx.ledger('products', String(productNumber))
        if (entry?.targetId) productIds.push(entry.targetId)
      }
      // Products not in Mailchimp yet get the type from the products flow when it creates them.
      productIds.sort()
      const payload = { type, productIds }
      return { action: 'write', create: payload, update: payload, warnings: mapped.warnings }
    },

    async write({ payload }) {
      for (const productId of payload.productIds) {
        await mailchimp.updateProduct(storeId, productId, { type: payload.type })
      }
      return {
        targetId: `type:${payload.type}`,
        response: { updatedProducts: payload.productIds.length }
      }
    }
  }
}
