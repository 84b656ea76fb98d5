import type { IncomingMessage } from 'node:http'

/** What one contract call may send; every input is a small JSON object. */
export interface BodyLimits {
  maxBytes: number
  /** Nesting of objects and arrays; contract inputs are a few levels deep. */
  maxDepth: number
  /** The whole body must have arrived this long after the headers. */
  timeoutMs: number
}

export const defaultBodyLimits: BodyLimits = {
  maxBytes: 1024 * 1024,
  maxDepth: 32,
  timeoutMs: 10_000
}

export class BodyError extends Error {
  constructor(
    readonly status: 400 | 408 | 413,
    message: string
  ) {
    super(message)
  }
}

/**
 * Reads a JSON request body: refuses more than `maxBytes` before buffering them, a body that
 * trickles in slower than `timeoutMs`, nesting deeper than `maxDepth` (checked before parsing,
 * so nothing recurses on it), and anything but a JSON object. An empty body is `{}`.
 */
export async function readJsonBody(
  request: IncomingMessage,
  limits: BodyLimits = defaultBodyLimits
): Promise<Record<string, unknown>> {
  const declared = Number(request.headers['content-length'] ?? 0)
  if (declared > limits.maxBytes) throw tooLarge(limits.maxBytes)
  const text = await readWithin(request, limits)
  if (text.length === 0) return {}
  const depth = nestingDepth(text)
  if (depth > limits.maxDepth) {
    throw new BodyError(
      400,
      `The request body is nested ${depth > 10 * limits.maxDepth ? 'far ' : ''}deeper than ${limits.maxDepth} levels.`
    )
  }
  let parsed: unknown
  try {
    parsed = JSON.parse(text) as unknown
  } catch (error) {
    throw new BodyError(400, `The request body is not valid JSON (${(error as Error).message}).`)
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    const what = parsed === null ? 'null' : Array.isArray(parsed) ? 'an array' : typeof parsed
    throw new BodyError(400, `The request body must be a JSON object, not ${what}.`)
  }
  return parsed as Record<string, unknown>
}

function readWithin(request: IncomingMessage, limits: BodyLimits): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let received = 0
    const finish = (error: BodyError | null) => {
      clearTimeout(timer)
      request.off('data', onData)
      request.off('end', onEnd)
      request.off('error', onError)
      if (error) {
        // Stop buffering; the caller answers and closes the connection.
        request.pause()
        reject(error)
      } else resolve(Buffer.concat(chunks).toString('utf8'))
    }
    const onData = (chunk: Buffer) => {
      received += chunk.length
      if (received > limits.maxBytes) finish(tooLarge(limits.maxBytes))
      else chunks.push(chunk)
    }
    const onEnd = () => finish(null)
    const onError = () => finish(new BodyError(400, 'The request body was cut off.'))
    const timer = setTimeout(
      () =>
        finish(
          new BodyError(408, `The request body did not arrive within ${limits.timeoutMs / 1000} s.`)
        ),
      limits.timeoutMs
    )
    request.on('data', onData)
    request.on('end', onEnd)
    request.on('error', onError)
  })
}

/** The deepest nesting of [ and { outside strings, in one pass without recursion. */
export function nestingDepth(text: string): number {
  let depth = 0
  let deepest = 0
  let inString = false
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i)
    if (inString) {
      if (c === 0x5c) i += 1
      else if (c === 0x22) inString = false
    } else if (c === 0x22) inString = true
    else if (c === 0x5b || c === 0x7b) {
      depth += 1
      if (depth > deepest) deepest = depth
    } else if (c === 0x5d || c === 0x7d) depth -= 1
  }
  return deepest
}

function tooLarge(limit: number): BodyError {
  return new BodyError(413, `The request body is larger than ${limit} bytes.`)
}
