import { Parser, type ReadEntry } from 'tar'
import { ConnectorError } from '../connector-error'
import { BatchResultEntry } from './types'

/**
 * Reads a batch results archive (gzipped tar of JSON files, each an array of result entries) in
 * memory and returns every entry of every file. A damaged archive or file is an
 * invalid-response error naming the part that failed.
 */
export async function readBatchArchive(archive: Buffer): Promise<BatchResultEntry[]> {
  const files = await untar(archive)
  const entries: BatchResultEntry[] = []
  for (const file of files) {
    if (!file.name.endsWith('.json')) continue
    let parsed: unknown
    try {
      parsed = JSON.parse(file.text)
    } catch {
      throw new ConnectorError(
        'invalid-response',
        'mailchimp',
        `Batch results file ${file.name} is not valid JSON.`
      )
    }
    const list = Array.isArray(parsed) ? parsed : [parsed]
    for (const item of list) {
      const entry = BatchResultEntry.safeParse(item)
      if (!entry.success)
        throw new ConnectorError(
          'invalid-response',
          'mailchimp',
          `Batch results file ${file.name} has an entry without status_code/operation_id/response.`
        )
      entries.push(entry.data)
    }
  }
  return entries
}

function untar(archive: Buffer): Promise<{ name: string; text: string }[]> {
  return new Promise((resolve, reject) => {
    const files: { name: string; text: string }[] = []
    const fail = (reason: string): void =>
      reject(
        new ConnectorError(
          'invalid-response',
          'mailchimp',
          `The batch results archive could not be read: ${reason}.`
        )
      )
    const parser = new Parser({
      strict: true,
      onReadEntry: (entry: ReadEntry) => {
        if (entry.type !== 'File') {
          entry.resume()
          return
        }
        const chunks: Buffer[] = []
        entry.on('data', (chunk: Buffer) => chunks.push(chunk))
        entry.on('end', () =>
          files.push({ name: entry.path, text: Buffer.concat(chunks).toString('utf8') })
        )
      }
    })
    parser.on('error', (error: Error) => fail(error.message))
    parser.on('end', () => resolve(files))
    parser.end(archive)
  })
}
