import type { BatchOperationInput } from '../connectors/mailchimp/batch-runner'
import type { MailchimpClient } from '../connectors/mailchimp/client'
import type { ProductUpdate, ProductUpsert, VariantUpsert } from '../connectors/mailchimp/types'
import type { MplusClient } from '../connectors/mplus/client'
import { flattenGroups } from '../connectors/mplus/article-groups'
import type { MplusArticleGroup, MplusProduct } from '../connectors/mplus/types'
import type { FieldError } from '../mapping/apply-mapping'
import type { BatchItemResult, FlowDefinition, PlannedRecord } from '../sync/flow'
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
  /** New products in one page from which they go to Mailchimp as one batch (default 200). */
  batchFrom?: number
}

/** Below this many new products in a page, one PUT each is quicker than a batch round trip. */
export const defaultBatchFrom = 200

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
  const { mailchimp, mplus, storeId, mapper } = deps
  let groupsByNumber: Map<number, MplusArticleGroup> | null = null

  async function groupOf(product: MplusProduct): Promise<MplusArticleGroup | undefined> {
    // Read once per run: groups are few, and the flow object lives for one run.
    groupsByNumber ??= new Map(
      flattenGroups(await mplus.getArticleGroups()).map((g) => [g.groupNumber, g])
    )
    const first = product.groupNumbers[0]
    return first === undefined ? undefined : groupsByNumber.get(first)
  }

  /** The whole product for the 2026 product PUT (an upsert: repeating it cannot duplicate). */
  function upsertOf(payload: ProductPayload): ProductUpsert {
    const product = payload.product as { id: string }
    return {
      ...payload.product,
      id: product.id,
      variants: payload.variants as unknown as VariantUpsert[]
    }
  }

  return {
    id: 'products',
    entity: 'product',
    source: 'mplus',
    target: 'mailchimp',

    async *read({ checkpoint }) {
      const fromSyncMarker = checkpoint === null ? 1 : Number(checkpoint) + 1
      for await (const page of mplus.iterateProducts({
        fromSyncMarker,
        syncMarkerLimit: deps.pageSize
      })) {
        yield { records: page.items, checkpoint: String(page.syncMarker) }
      }
    },

    async readOne(key) {
      const [product] = await mplus.getProducts({ productNumbers: [Number(key)] })
      return product ?? null
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
          results.set(
            result.operationId,
            result.outcome === 'ok'
              ? {
                  ok: true,
                  result: {
                    targetId: upsertOf(input.payload).id,
                    response: { batch: run.batch.id, variants: input.payload.variants.length }
                  }
                }
              : { ok: false, error: result.error }
          )
        }
        return results
      },
      async findWritten(input) {
        const id = upsertOf(input.payload).id
        const found = await mailchimp.getProduct(storeId, id)
        return found
          ? { targetId: found.id, response: { id: found.id, foundAfterBatch: true } }
          : null
      }
    },

    async write({ payload, mode, ledger }) {
      const variants = payload.variants as unknown as VariantUpsert[]
      if (mode === 'create' || !ledger?.targetId) {
        const response = await mailchimp.upsertProduct(storeId, upsertOf(payload))
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
