import type { Core } from '../core/create-core'
import type { Logger } from '../core/logger'
import { ToCore, type FromCore, type MessagePortLike } from './protocol'

/**
 * Answers main's messages with a core: calls go to core.invoke (which validates the input with
 * the contract), every core event is posted back, and `close` lets the running write finish and
 * its checkpoint save before the database closes and `closed` is posted.
 */
export function serveCore(core: Core, logger: Logger, port: MessagePortLike<FromCore>): void {
  const stopEvents = core.events.subscribe((event) => port.postMessage({ kind: 'event', event }))
  let closing: Promise<void> | null = null
  port.onMessage((raw) => {
    const parsed = ToCore.safeParse(raw)
    if (!parsed.success) {
      logger.warn({ issues: parsed.error.issues.length }, 'ignored a malformed message from main')
      return
    }
    const message = parsed.data
    if (message.kind === 'call') {
      void core
        .invoke(message.name, message.input)
        .then((reply) => port.postMessage({ kind: 'reply', id: message.id, reply }))
    } else if (message.kind === 'schedules') {
      const work = message.action === 'start' ? core.start() : core.sync.resume()
      work.catch((error: unknown) =>
        logger.error({ err: error }, `schedules ${message.action} failed`)
      )
    } else if (message.kind === 'close') {
      closing ??= core.close().finally(() => {
        stopEvents()
        port.postMessage({ kind: 'closed' })
      })
    }
  })
}
