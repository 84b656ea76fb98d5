import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import type { ServerResponse } from 'node:http'
import { extname, resolve, sep } from 'node:path'

const mimeTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8'
}

export type StaticResult = 'served' | 'not-found' | 'forbidden'

/**
 * Serves one file of the built renderer. The decoded path must stay inside `rootDir`
 * (`..`, encoded `%2e%2e`, backslashes and NUL bytes are refused), and only regular files with a
 * known type are sent, so nothing else on the disk can be read through the server.
 */
export async function serveStaticFile(
  rootDir: string,
  urlPath: string,
  response: ServerResponse,
  headers: Record<string, string>,
  headOnly: boolean
): Promise<StaticResult> {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath)
  } catch {
    return 'forbidden'
  }
  if (decoded.includes('\0') || decoded.includes('\\') || decoded.split('/').includes('..')) {
    return 'forbidden'
  }
  const root = resolve(rootDir)
  const relative = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '')
  const filePath = resolve(root, relative)
  if (!filePath.startsWith(root + sep)) return 'forbidden'
  const type = mimeTypes[extname(filePath).toLowerCase()]
  if (!type) return 'not-found'
  const info = await stat(filePath).catch(() => null)
  if (!info?.isFile()) return 'not-found'
  response.writeHead(200, {
    ...headers,
    'Content-Type': type,
    'Content-Length': String(info.size),
    // Built assets carry a content hash in their names; index.html must always be fresh.
    'Cache-Control': relative === 'index.html' ? 'no-cache' : 'public, max-age=31536000, immutable'
  })
  if (headOnly) {
    response.end()
    return 'served'
  }
  await new Promise<void>((done, fail) => {
    createReadStream(filePath).on('error', fail).on('end', done).pipe(response)
  })
  return 'served'
}
