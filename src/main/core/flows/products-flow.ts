import type { MailchimpClient } from '../connectors/mailchimp/client'
import type { ProductUpdate, VariantUpsert } from '../connectors/mailchimp/types'
import type { MplusClient } from '../connectors/mplus/client'
import { articleGroupsOnce } from '../connectors/mplus/article-groups'
import type { MplusArticleGroup, MplusProduct } from '../connectors/mplus/types'
import type { FieldError } from '../mapping/apply-mapping'
import type { FlowDefinition, PlannedRecord } from '../sync/flow'
import type { FlowMapper } from '../mapping/flow-mapper'
import { mappingRefusal } from './mapping-refusal'

/** A Mailchimp product with its variants, as the products mapping builds it. */
export interface ProductPayload {
  product: Record<string, unknown>
  variants: Record<string, unknown>[]
}

/**
 * Kassabrug's own limit: Mailchimp documents none for titles, but a title longer than this is a
 * text pasted into the wrong field at the till, and it would show in e-mails and segment lists.
 */
export const maxTitleLength = 255

export interface ProductsFlowDeps {
  mailchimp: MailchimpClient
  mplus: MplusClient
  storeId: string
  mapper: FlowMapper
  pageSize?: number
}

/**
 * Mplus products → Mailchimp products, one variant per Mplus article, incrementally by the
 * products' syncMarker. Each article is mapped with its product and the product's first article
 * group (`group.name` feeds the Mailchimp product type), so the mapping sees one flat record.
 * A new product is sent whole with the 2026 product PUT (an upsert, so a retry after a crash
 * cannot duplicate it); a changed one is PATCHed and its variants PUT (variant upsert).
 */
export function createProductsFlow(
  deps: ProductsFlowDeps
): FlowDefinition<MplusProduct, ProductPayload> {
  const { mailchimp, mplus, storeId, mapper } = deps
  // Read once per run: groups are few, and the flow object lives for one run.
  const groupsByNumber = articleGroupsOnce(
    mplus,
    (groups) => new Map(groups.map((g) => [g.groupNumber, g]))
  )

  async function groupOf(product: MplusProduct): Promise<MplusArticleGroup | undefined> {
    const first = product.groupNumbers[0]
    return first === undefined ? undefined : (await groupsByNumber()).get(first)
  }

  return {
    id: 'products',
    entity: 'product',
    source: 'mplus',
    target: 'mailchimp',
    // A new product is one request, a changed one a request per variant, one after the other.
    inFlight: mailchimp.maxConcurrentRequests,

    async *read({ checkpoint }) {
      const fromSyncMarker = checkpoint === null ? 1 : Number(checkpoint) + 1
      for await (const page of mplus.iterateProducts({
        fromSyncMarker,
        syncMarkerLimit: deps.pageSize
      })) {
        yield { records: page.items, checkpoint: String(page.syncMarker) }
      }
    },

    key: (product) => String(product.productNumber),
    describe: (product) =>
      `product ${product.productNumber}${product.description ? ` (${product.description})` : ''}`,

    async plan(product): Promise<PlannedRecord<ProductPayload>> {
      const subject = `Product ${product.productNumber}`
      if (product.articleList.length === 0) {
        return {
          action: 'fail',
          kind: 'validation',
          reason: `${subject} has no articles; Mailchimp needs at least one variant per product. Add an article in MplusKASSA.`
        }
      }
      const group = await groupOf(product)
      const create: ProductPayload = { product: {}, variants: [] }
      const update: ProductPayload = { product: {}, variants: [] }
      const errors: FieldError[] = []
      for (const [index, article] of product.articleList.entries()) {
        const mapped = mapper.map({ product, article, group })
        if (!mapped.ok) {
          errors.push(
            ...mapped.errors.map((e) => ({
              ...e,
              target: `article ${article.articleNumber} ${e.target}`
            }))
          )
          continue
        }
        if (index === 0) {
          create.product = sectionOf(mapped.create, 'product')
          update.product = sectionOf(mapped.update, 'product')
        }
        create.variants.push(sectionOf(mapped.create, 'variant'))
        update.variants.push(sectionOf(mapped.update, 'variant'))
      }
      errors.push(...overlongTitles(create))
      if (errors.length > 0) return mappingRefusal({ ok: false, errors }, subject)
      return { action: 'write', create, update }
    },

    async write({ payload, mode, ledger }) {
      const variants = payload.variants as unknown as VariantUpsert[]
      if (mode === 'create' || !ledger?.targetId) {
        const product = payload.product as { id: string }
        const response = await mailchimp.upsertProduct(storeId, {
          ...payload.product,
          id: product.id,
          variants
        })
        return { targetId: response.id, response: { id: response.id, variants: variants.length } }
      }
      const productId = ledger.targetId
      const changes = payload.product as ProductUpdate
      if (Object.keys(changes).length > 0)
        await mailchimp.updateProduct(storeId, productId, changes)
      for (const variant of variants) await mailchimp.upsertVariant(storeId, productId, variant)
      return { targetId: productId, response: { id: productId, variants: variants.length } }
    }
  }
}

function overlongTitles(payload: ProductPayload): FieldError[] {
  const titles = [
    { target: 'product.title', value: payload.product.title },
    ...payload.variants.map((variant) => ({
      target: `variant ${String(variant.id)} title`,
      value: variant.title
    }))
  ]
  return titles
    .filter(({ value }) => typeof value === 'string' && [...value].length > maxTitleLength)
    .map(({ target, value }) => ({
      target,
      message: `is ${[...(value as string)].length} characters long; shorten it in MplusKASSA to at most ${maxTitleLength}`
    }))
}

function sectionOf(payload: Record<string, unknown>, section: string): Record<string, unknown> {
  const value = payload[section]
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {}
}
