import type { BatchOperationInput } from '../../connectors/mailchimp/batch-runner'
import type { MailchimpClient } from '../../connectors/mailchimp/client'
import type { ProductUpdate, ProductUpsert, VariantUpsert } from '../../connectors/mailchimp/types'
import type { MplusClient } from '../../connectors/mplus/client'
import {
  articleGroupsOnce,
  keptFields,
  type ArticleGroupFields
} from '../../connectors/mplus/article-groups'
import type { MplusArticle, MplusProduct } from '../../connectors/mplus/types'
import type { BatchItemResult, FlowDefinition, PlannedRecord } from '../../sync/flow'
import type { FlowMapper } from '../../mapping/flow-mapper'
import { productSection, variantSection } from '../../mapping/targets/mailchimp-product'
import { assembleParentWithChildren, sectionParser } from '../../mapping/typed-sections'
import { mappingRefusal } from '../mapping-refusal'
import { payloadHash } from '../../sync/stable-hash'
import { readBySyncMarker } from '../sync-marker-read'
import type { VariantLink, VariantLinks } from '../variant-links'

/**
 * A Mailchimp product with its variants, as the products mapping builds it: the whole product for
 * a create (2026 PUT), the changed fields for an update (PATCH) — the variants are upserted
 * either way.
 */
export type ProductPayload =
  | { form: 'create'; product: ProductUpsert; variants: VariantUpsert[] }
  | { form: 'update'; product: ProductUpdate; variants: VariantUpsert[] }

/**
 * Whether an article is for sale in Mailchimp. Not mapped, because it is a rule, not a field: an
 * inactive article is never created; one that was synced is hidden (not deleted: orders refer to
 * it) and visible again once it is active again. Its stock level is left alone: levels are the
 * stock flow's only (flows/stock/inventory-owner.ts).
 */
export function isForSale(article: MplusArticle): boolean {
  return article.active !== false
}

function availability(article: MplusArticle): Pick<VariantUpsert, 'visibility'> {
  return { visibility: isForSale(article) ? 'visible' : 'hidden' }
}

/** The product's articles in variant order: those for sale first (the product part's source). */
function variantArticles(product: MplusProduct): MplusArticle[] {
  return [
    ...product.articleList.filter(isForSale),
    ...product.articleList.filter((a) => !isForSale(a))
  ]
}

/** Which Mailchimp variant each article of the payload became (variants follow variantArticles). */
function linksOf(product: MplusProduct, productId: string, payload: ProductPayload): VariantLink[] {
  const articles = variantArticles(product)
  return payload.variants.map((variant, index) => ({
    articleNumber: String(articles[index].articleNumber),
    productId,
    variantId: variant.id
  }))
}

export interface ProductsFlowDeps {
  mailchimp: MailchimpClient
  mplus: MplusClient
  storeId: string
  mapper: FlowMapper
  /** Where each written article's variant is kept for the stock flow. */
  links: VariantLinks
  pageSize?: number
  /** New products in one page from which they go to Mailchimp as one batch (default 200). */
  batchFrom?: number
}

/** Below this many new products in a page, one PUT each is quicker than a batch round trip. */
export const defaultBatchFrom = 200

/**
 * Articles per page read from MplusKASSA (syncMarkerLimit counts articles). Without a limit the
 * till answers with the whole catalogue in one response, held in memory at once (hundreds of MB
 * at 100 000 products). 1 000 articles is about 330 products of three articles: a response of a
 * few MB, and on a first sync enough new products in a page for one batch.
 */
export const defaultArticlesPerPage = 1000

/** The whole product for the 2026 product PUT (an upsert: repeating it cannot duplicate). */
function upsertOf(payload: ProductPayload): ProductUpsert {
  if (payload.form !== 'create') throw new Error('a product upsert needs the create form')
  return { ...payload.product, variants: payload.variants }
}

/**
 * Mplus products → Mailchimp products, one variant per Mplus article, incrementally by the
 * products' syncMarker. A page with many new products (a first sync) sends them as one Mailchimp
 * batch of the same PUTs. Each article is mapped with its product and the product's first article
 * group (`group.name` feeds the Mailchimp product type), so the mapping sees one flat record.
 * A new product is sent whole with the 2026 product PUT (an upsert, so a retry after a crash
 * cannot duplicate it); a changed one is PATCHed and its variants PUT (variant upsert).
 */
export function createProductsFlow(
  deps: ProductsFlowDeps
): FlowDefinition<MplusProduct, ProductPayload> {
  const { mailchimp, mplus, storeId, mapper, links } = deps
  const parent = sectionParser<ProductUpsert, ProductUpdate>(productSection('product'), {
    update: 'partial'
  })
  const child = sectionParser<VariantUpsert, VariantUpsert>(variantSection('variant'), {
    update: 'whole'
  })
  // Read once per run: groups are few, and the flow object lives for one run.
  const groupsOnce = articleGroupsOnce(mplus, (groups) => ({
    byNumber: new Map(groups.map((g) => [g.groupNumber, keptFields(g)])),
    // A group renamed in MplusKASSA changes what its products map to while no product's
    // syncMarker moves: part of the flow's fingerprint.
    hash: payloadHash(groups)
  }))
  const groupsByNumber = async () => (await groupsOnce()).byNumber

  async function groupOf(product: MplusProduct): Promise<ArticleGroupFields | undefined> {
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
    targetLimitsItself: true,

    // The mapping, its lookup tables and the article groups it maps with.
    fingerprint: async () =>
      payloadHash({
        mapping: mapper.stored.mapping,
        lookups: mapper.lookups,
        groups: (await groupsOnce()).hash
      }),
    // A product deleted in Mailchimp by hand shows in the store's count.
    targetIntact: async ({ written }) => (await mailchimp.countProducts(storeId)) === written,

    read: ({ checkpoint }) =>
      readBySyncMarker(checkpoint, deps.pageSize ?? defaultArticlesPerPage, (options) =>
        mplus.iterateProducts(options)
      ),

    async readOne(key) {
      const [product] = await mplus.getProducts({ productNumbers: [Number(key)] })
      return product ?? null
    },

    key: (product) => String(product.productNumber),
    name: (product) => product.description ?? null,
    describe: (product) =>
      `product ${product.productNumber}${product.description ? ` (${product.description})` : ''}`,

    async plan(product, ctx): Promise<PlannedRecord<ProductPayload>> {
      const subject = `Product ${product.productNumber}`
      if (product.articleList.length === 0) {
        return {
          action: 'fail',
          kind: 'validation',
          reason: `${subject} has no articles; Mailchimp needs at least one variant per product. Add an article in MplusKASSA.`,
          notices: [{ code: 'no-articles', params: {} }]
        }
      }
      const forSale = product.articleList.filter(isForSale)
      if (
        forSale.length === 0 &&
        !(await ctx.ledger('products', String(product.productNumber)))?.targetId
      ) {
        return {
          action: 'skip',
          reason: `${subject} has no active article: it is not for sale, so it is not created in Mailchimp.`,
          notices: [{ code: 'no-active-article', params: { product: product.productNumber } }]
        }
      }
      const group = await groupOf(product)
      // The product part comes from the first article for sale (the first article when none is).
      const articles = variantArticles(product)
      const assembled = assembleParentWithChildren({
        parent,
        child,
        children: articles.map((article) => ({
          label: `article ${article.articleNumber}`,
          mapped: mapper.map({ product, article, group })
        }))
      })
      if (!assembled.ok) return mappingRefusal(assembled, subject)
      const withAvailability = (variants: VariantUpsert[]) =>
        variants.map((variant, index) => ({ ...variant, ...availability(articles[index]) }))
      const create: ProductPayload = {
        form: 'create',
        product: assembled.create.parent,
        // Never created while not for sale.
        variants: withAvailability(assembled.create.children).slice(0, forSale.length)
      }
      const update: ProductPayload = {
        form: 'update',
        product: assembled.update.parent,
        variants: withAvailability(assembled.update.children)
      }
      return { action: 'write', create, update, warnings: assembled.warnings }
    },

    batch: {
      modes: ['create'],
      minimum: deps.batchFrom ?? defaultBatchFrom,
      async writeBatch(inputs) {
        const results = new Map<string, BatchItemResult>()
        const sent: typeof inputs = []
        const operations: BatchOperationInput[] = []
        for (const input of inputs) {
          try {
            operations.push(
              mailchimp.productUpsertOperation(storeId, upsertOf(input.payload), input.key)
            )
            sent.push(input)
          } catch (error) {
            // Refused before sending: this record fails alone, the batch goes on without it.
            results.set(input.key, { ok: false, error })
          }
        }
        if (operations.length === 0) return results
        const run = await mailchimp.runBatch(operations)
        for (const [index, result] of run.results.entries()) {
          if (result.outcome === 'missing') continue
          const input = sent[index]
          const productId = upsertOf(input.payload).id
          results.set(
            result.operationId,
            result.outcome === 'ok'
              ? {
                  ok: true,
                  result: {
                    targetId: productId,
                    response: { batch: run.batch.id, variants: input.payload.variants.length },
                    saveWithLedger: links.saver(linksOf(input.record, productId, input.payload))
                  }
                }
              : { ok: false, error: result.error }
          )
        }
        return results
      },
      async findWritten(input) {
        const found = await mailchimp.getProduct(storeId, upsertOf(input.payload).id)
        if (!found) return null
        return {
          targetId: found.id,
          response: { id: found.id, foundAfterBatch: true },
          saveWithLedger: links.saver(linksOf(input.record, found.id, input.payload))
        }
      }
    },

    async write({ record, payload, ledger }) {
      const { variants } = payload
      if (payload.form === 'create') {
        const response = await mailchimp.upsertProduct(storeId, upsertOf(payload))
        return {
          targetId: response.id,
          response: { id: response.id, variants: variants.length },
          saveWithLedger: links.saver(linksOf(record, response.id, payload))
        }
      }
      // The engine sends the update form only for a record whose ledger has the target id.
      const productId = ledger?.targetId
      if (!productId) throw new Error(`product update without a known Mailchimp id`)
      const changes = payload.product
      if (Object.keys(changes).length > 0)
        await mailchimp.updateProduct(storeId, productId, changes)
      for (const variant of variants) await mailchimp.upsertVariant(storeId, productId, variant)
      return {
        targetId: productId,
        response: { id: productId, variants: variants.length },
        saveWithLedger: links.saver(linksOf(record, productId, payload))
      }
    }
  }
}
