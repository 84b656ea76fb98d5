import type { Clock } from '../../../clock'
import {
  BatchRunner,
  type BatchOperationInput,
  type BatchRun,
  type BatchWaitOptions
} from '../batch-runner'
import type { MailchimpTransport } from '../transport'
import type { Batch } from '../types'

/** Mailchimp takes at most this many operations in one batch (reference: batch operations). */
export const maxBatchOperations = 1000

/** Batch operations: many calls submitted at once, their results read back from the archive. */
export function batchesResource(transport: MailchimpTransport, clock: Clock, timeoutMs: number) {
  const batches = new BatchRunner(transport, clock, timeoutMs)
  return {
    submitBatch: (operations: BatchOperationInput[]): Promise<Batch> => batches.submit(operations),
    getBatch: (batchId: string): Promise<Batch> => batches.get(batchId),
    waitForBatch: (batchId: string, options?: BatchWaitOptions): Promise<Batch> =>
      batches.waitForBatch(batchId, options),
    /** Waits until Mailchimp has finished every batch of the account still being worked on. */
    async waitForUnfinishedBatches(options?: BatchWaitOptions): Promise<number> {
      const unfinished = await batches.unfinished()
      for (const batch of unfinished) await batches.waitForBatch(batch.id, options)
      return unfinished.length
    },
    /** Submit, wait, download and map every operation's result back by operation_id. */
    runBatch: (operations: BatchOperationInput[], options?: BatchWaitOptions): Promise<BatchRun> =>
      batches.run(operations, options),
    /** runBatch for any number of operations: batches of maxBatchOperations, one after the other. */
    async runBatches(
      operations: BatchOperationInput[],
      options?: BatchWaitOptions
    ): Promise<BatchRun['results']> {
      const results: BatchRun['results'] = []
      for (let start = 0; start < operations.length; start += maxBatchOperations) {
        const run = await batches.run(operations.slice(start, start + maxBatchOperations), options)
        results.push(...run.results)
      }
      return results
    }
  }
}
