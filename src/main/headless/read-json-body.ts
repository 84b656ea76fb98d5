import type { IncomingMessage } from 'node:http'

export const maxBodyBytes = 1024 * 1024

export class BodyError extends Error {
  constructor(
    readonly status: 400 | 413,
    message: string
  ) {
    super(message)
  }
}

/** Reads a JSON request body, refusing more than `limit` bytes before buffering them. */
export async function readJsonBody(
  request: IncomingMessage,
  limit = maxBodyBytes
): Promise<unknown> {
  const declared = Number(request.headers['content-length'] ?? 0)
  if (declared > limit) throw tooLarge(limit)
  const chunks: Buffer[] = []
  let received = 0
  for await (const chunk of request) {
    const buffer = chunk as Buffer
    received += buffer.length
    if (received > limit) throw tooLarge(limit)
    chunks.push(buffer)
  }
  if (received === 0) return {}
  const text = Buffer.concat(chunks).toString('utf8')
  try {
    return JSON.parse(text) as unknown
  } catch (error) {
    throw new BodyError(400, `The request body is not valid JSON (${(error as Error).message}).`)
  }
}

function tooLarge(limit: number): BodyError {
  return new BodyError(413, `The request body is larger than ${limit} bytes.`)
}
