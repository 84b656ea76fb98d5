import type { ServerResponse } from 'node:http'
import type { CoreEvent } from '../../shared/contract'
import type { EventBus } from '../core/event-bus'

/** Proxies and idle timeouts drop silent connections; a comment line every so often keeps it open. */
const keepAliveMs = 25_000

/**
 * Streams the core's events to one browser as Server-Sent Events: `event: <name>` and the payload
 * as JSON. Returns a function that ends the stream (used on shutdown).
 */
export function streamEvents(
  response: ServerResponse,
  events: EventBus,
  headers: Record<string, string>
): () => void {
  response.writeHead(200, {
    ...headers,
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store',
    Connection: 'keep-alive'
  })
  // Sent at once so the client's `open` fires and tests know the subscription is live.
  response.write(': connected\n\n')
  const unsubscribe = events.subscribe((event: CoreEvent) => {
    response.write(`event: ${event.name}\ndata: ${JSON.stringify(event.payload)}\n\n`)
  })
  const keepAlive = setInterval(() => response.write(': keep-alive\n\n'), keepAliveMs)
  keepAlive.unref()
  const stop = (): void => {
    clearInterval(keepAlive)
    unsubscribe()
    if (!response.writableEnded) response.end()
  }
  response.on('close', stop)
  return stop
}
