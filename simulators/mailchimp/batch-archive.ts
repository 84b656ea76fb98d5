import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { create } from 'tar'
import type { BatchResultEntry } from './state'

/**
 * The results archive the API serves at `response_body_url`: a gzipped tar of JSON files, each
 * an array of `{status_code, operation_id, response}` where `response` is a JSON string.
 * Entries are spread over several files so a client must read them all.
 */
export async function buildBatchArchive(
  batchId: string,
  results: readonly BatchResultEntry[],
  perFile = 100
): Promise<Buffer> {
  const dir = await mkdtemp(join(tmpdir(), 'mailchimp-sim-batch-'))
  try {
    await mkdir(join(dir, batchId))
    const names: string[] = []
    for (let start = 0, part = 0; start < results.length; start += perFile, part++) {
      const name = `${batchId}/${batchId}-${part}.json`
      names.push(name)
      await writeFile(join(dir, name), JSON.stringify(results.slice(start, start + perFile)))
    }
    const chunks: Buffer[] = []
    for await (const chunk of create(
      { gzip: true, cwd: dir, portable: true },
      names.length > 0 ? names : [batchId]
    ) as AsyncIterable<Buffer>)
      chunks.push(chunk)
    return Buffer.concat(chunks)
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}
