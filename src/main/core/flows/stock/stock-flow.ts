import type { MailchimpClient } from '../../connectors/mailchimp/client'
import type { MplusClient } from '../../connectors/mplus/client'
import type { MplusStockLine } from '../../connectors/mplus/types'
import type { BatchOperationInput } from '../../connectors/mailchimp/batch-runner'
import type { BatchItemResult, FlowDefinition, PlannedRecord, WriteResult } from '../../sync/flow'
import type { VariantLinks } from '../variant-links'
import { stockLevel, type StockLevelOptions } from './stock-level'

/** One variant's stock level, as sent (its hash is what the ledger compares). */
export interface StockPayload {
  productId: string
  variantId: string
  inventory_quantity: number
}

export interface StockFlowDeps {
  mailchimp: MailchimpClient
  mplus: MplusClient
  storeId: string
  links: VariantLinks
  /** Why the flow may not write now (switched off, no branch); null when it may. */
  refusal: Error | null
  /** The branch whose stock Mailchimp shows (checked non-null through `refusal`). */
  branchNumber: number | null
  level: StockLevelOptions
  /** Changed levels in one page from which they go to Mailchimp as batches (default 200). */
  batchFrom?: number
  /** How often a batch's status is polled (default the client's). */
  batchPollMs?: number
}

/** Below this many changed levels in a page, one PATCH each is quicker than a batch round trip. */
export const defaultStockBatchFrom = 200

function resultOf(payload: StockPayload, response: unknown): WriteResult {
  return { targetId: `${payload.productId}/${payload.variantId}`, response }
}

/**
 * The stockId to resume after, or null to read the whole branch: the checkpoint also names the
 * calculation the levels were made with, so a changed calculation reads every level again (and,
 * through the ledger hash, writes only those that come out differently).
 */
function resumePoint(checkpoint: string | null, levelBasis: string): number | null {
  if (checkpoint === null) return null
  try {
    const saved = JSON.parse(checkpoint) as { stockId?: unknown; basis?: unknown }
    return saved.basis === levelBasis && typeof saved.stockId === 'number' ? saved.stockId : null
  } catch {
    return null
  }
}

/**
 * Mplus stock of one branch → `inventory_quantity` of the Mailchimp variant each article became,
 * incrementally by the stock records' `stockId`. A no-change run costs one
 * getCurrentSyncMarkersV2 call (the till's newest stockId, below the checkpoint: nothing to read).
 * The variant comes from the products flow's variant links, never from reading the catalogue
 * again; an article the products flow has not written yet waits, and its pending record is read
 * afresh at every later run until it goes through. Only a level that differs from the one last
 * sent is written (ledger hash), so a change of reserved stock under the "free" calculation
 * writes nothing.
 */
export function createStockFlow(deps: StockFlowDeps): FlowDefinition<MplusStockLine, StockPayload> {
  const { mailchimp, mplus, storeId, links } = deps
  const waitOptions = deps.batchPollMs === undefined ? {} : { pollIntervalMs: deps.batchPollMs }
  const levelBasis = `${deps.level.calculation}/${deps.level.allowNegative ? 'negative' : 'floor-0'}`
  const branchOf = (): number => {
    if (deps.refusal) throw deps.refusal
    return deps.branchNumber ?? 0
  }
  return {
    id: 'stock',
    entity: 'stock level',
    source: 'mplus',
    target: 'mailchimp',
    inFlight: mailchimp.maxConcurrentRequests,
    targetLimitsItself: true,

    // Refused before anything is read, also for a retry of parked records (which reads nothing).
    async beforeRun() {
      branchOf()
    },

    async *read({ checkpoint }) {
      const branchNumber = branchOf()
      const resumeAt = resumePoint(checkpoint, levelBasis)
      const fromStockId = resumeAt === null ? 1 : resumeAt + 1
      if (resumeAt !== null) {
        // The newest stockId of the whole till: when it is below where we resume, no branch's
        // stock changed since the last run and getStock need not be asked.
        const { stockId } = await mplus.getCurrentSyncMarkersV2(['stockId'])
        if (stockId !== undefined && stockId < fromStockId) return
      }
      for await (const page of mplus.iterateStock({ branchNumber, fromStockId })) {
        yield {
          records: page.items,
          checkpoint: JSON.stringify({ stockId: page.syncMarker, basis: levelBasis })
        }
      }
    },

    async readOne(key) {
      const [line] = await mplus.getStock({
        branchNumber: branchOf(),
        articleNumbers: [Number(key)]
      })
      return line ?? null
    },

    key: (line) => String(line.articleNumber),
    describe: (line) => `stock of article ${line.articleNumber}`,

    async plan(line): Promise<PlannedRecord<StockPayload>> {
      const subject = `Article ${line.articleNumber}`
      if (line.isDayStockArticle) {
        return {
          action: 'skip',
          reason: `${subject} is a day-stock article: its stock starts again every day, which is not a level a web shop can sell from, so Kassabrug leaves its quantity in Mailchimp alone.`,
          notices: [{ code: 'day-stock-article', params: { article: line.articleNumber } }]
        }
      }
      if (line.subArticles.length > 0) {
        const parts = line.subArticles.map((sub) => sub.articleNumber).join(', ')
        return {
          action: 'skip',
          reason: `${subject} is made of sub-articles: MplusKASSA keeps the stock of its parts (${parts}), not of the article itself, so Kassabrug leaves its quantity in Mailchimp alone.`,
          notices: [{ code: 'made-of-parts', params: { article: line.articleNumber, parts } }]
        }
      }
      const link = (await links.find([String(line.articleNumber)])).get(String(line.articleNumber))
      if (!link) {
        return {
          action: 'wait',
          reason: `${subject} is not in Mailchimp yet (product not synced yet); its stock follows once the products flow has sent it.`,
          notices: [{ code: 'stock-product-not-synced', params: { article: line.articleNumber } }]
        }
      }
      const quantity = stockLevel(line, deps.level)
      if (quantity === null) {
        return {
          action: 'fail',
          kind: 'validation',
          reason: `${subject} has stock figures too large to count (free ${line.amountFree}, reserved ${line.amountReserved}, incoming ${line.amountIncoming}); correct its stock in MplusKASSA.`,
          notices: [{ code: 'stock-too-large', params: { article: line.articleNumber } }]
        }
      }
      const payload = {
        productId: link.productId,
        variantId: link.variantId,
        inventory_quantity: quantity
      }
      return { action: 'write', create: payload, update: payload }
    },

    // A first sync of a branch, or a stock count: many levels change at once.
    batch: {
      modes: ['create', 'update'],
      minimum: deps.batchFrom ?? defaultStockBatchFrom,
      async writeBatch(inputs) {
        const results = new Map<string, BatchItemResult>()
        const operations: BatchOperationInput[] = []
        const sent = new Map<string, StockPayload>()
        for (const { key, payload } of inputs) {
          try {
            operations.push(
              mailchimp.variantUpdateOperation(
                storeId,
                payload.productId,
                payload.variantId,
                { inventory_quantity: payload.inventory_quantity },
                key
              )
            )
            sent.set(key, payload)
          } catch (error) {
            results.set(key, { ok: false, error })
          }
        }
        for (const result of await mailchimp.runBatches(operations, waitOptions)) {
          const payload = sent.get(result.operationId)
          if (!payload || result.outcome === 'missing') continue
          results.set(
            result.operationId,
            result.outcome === 'ok'
              ? {
                  ok: true,
                  result: resultOf(payload, { inventory_quantity: payload.inventory_quantity })
                }
              : { ok: false, error: result.error }
          )
        }
        return results
      },
      // The level is there when the variant shows it; otherwise the PATCH (idempotent) goes again.
      async findWritten({ payload }) {
        const variant = await mailchimp.getVariant(storeId, payload.productId, payload.variantId)
        return variant?.inventory_quantity === payload.inventory_quantity
          ? resultOf(payload, { id: variant.id, inventory_quantity: variant.inventory_quantity })
          : null
      }
    },

    async write({ payload }) {
      const variant = await mailchimp.updateVariant(storeId, payload.productId, payload.variantId, {
        inventory_quantity: payload.inventory_quantity
      })
      return resultOf(payload, { id: variant.id, inventory_quantity: variant.inventory_quantity })
    }
  }
}
