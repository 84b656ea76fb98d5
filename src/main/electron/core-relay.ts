import {
  CoreError,
  parseCoreEvent,
  type CallArgs,
  type CallName,
  type CallOutput,
  type CoreEvent,
  type Reply
} from '../../shared/contract'
import {
  FromCore,
  type CoreStartOptions,
  type MessagePortLike,
  type ToCore
} from '../core-process/protocol'

/** Main's side of the core process: what the window, the tray and the lifecycle use. */
export interface CoreClient {
  /** Resolves once the core process has opened the database; rejects when it could not. */
  ready: Promise<void>
  /** Sends one call with its raw input (the core validates it) and answers with the envelope. */
  invoke(name: CallName, input: unknown): Promise<Reply<unknown>>
  /** The same, typed, for main's own callers (the tray). Throws CoreError. */
  call<N extends CallName>(name: N, ...input: CallArgs<N>): Promise<CallOutput<N>>
  /** Every core event that passes its zod schema; returns the unsubscribe. */
  onEvent(listener: (event: CoreEvent) => void): () => void
  schedules(action: 'start' | 'resume'): void
  /** Asks the core to finish the running write, save its checkpoint and close the database. */
  close(): Promise<void>
}

/** The end of the channel main holds, plus notice when the process is gone. */
export interface CoreProcessPort extends MessagePortLike<ToCore> {
  onExit(listener: (code: number | null) => void): void
}

const stopped = (message: string): Reply<never> => ({
  ok: false,
  error: { code: 'internal', message }
})

/**
 * The relay: main keeps no core of its own, it forwards each call to the core process and matches
 * the reply by id, and hands on the core's events after checking them against the contract.
 */
export function createCoreClient(
  port: CoreProcessPort,
  options: CoreStartOptions,
  onDroppedEvent: (raw: unknown) => void = () => undefined
): CoreClient {
  const pending = new Map<number, (reply: Reply<unknown>) => void>()
  const listeners = new Set<(event: CoreEvent) => void>()
  let nextId = 1
  let gone: string | null = null
  let whenClosed: (() => void) | null = null
  let closing: Promise<void> | null = null
  let settleReady: { resolve: () => void; reject: (error: Error) => void } | null = null
  const ready = new Promise<void>((resolve, reject) => (settleReady = { resolve, reject }))
  // A caller that never awaits ready must not see an unhandled rejection.
  ready.catch(() => undefined)

  port.onMessage((raw) => {
    const parsed = FromCore.safeParse(raw)
    if (!parsed.success) return onDroppedEvent(raw)
    const message = parsed.data
    if (message.kind === 'reply') {
      const answer = pending.get(message.id)
      pending.delete(message.id)
      answer?.(message.reply as Reply<unknown>)
    } else if (message.kind === 'event') {
      const event = parseCoreEvent(message.event)
      if (!event) return onDroppedEvent(message.event)
      for (const listener of listeners) listener(event)
    } else if (message.kind === 'ready') settleReady?.resolve()
    else if (message.kind === 'failed') settleReady?.reject(new Error(message.message))
    else if (message.kind === 'closed') whenClosed?.()
  })
  port.onExit((code) => {
    gone = `The Kassabrug core stopped (exit code ${String(code)}).`
    settleReady?.reject(new Error(gone))
    for (const answer of pending.values()) answer(stopped(gone))
    pending.clear()
    whenClosed?.()
  })
  port.postMessage({ kind: 'start', options })

  function invoke(name: CallName, input: unknown): Promise<Reply<unknown>> {
    if (gone) return Promise.resolve(stopped(gone))
    if (closing) return Promise.resolve(stopped('Kassabrug is closing.'))
    const id = nextId++
    return new Promise((resolve) => {
      pending.set(id, resolve)
      port.postMessage({ kind: 'call', id, name, input })
    })
  }

  return {
    ready,
    invoke,
    async call(name, ...[input]) {
      const reply = await invoke(name, input)
      if (!reply.ok) throw new CoreError(reply.error.code, reply.error.message, reply.error.issues)
      return reply.value as never
    },
    onEvent(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    schedules: (action) => {
      if (!gone) port.postMessage({ kind: 'schedules', action })
    },
    close() {
      closing ??= gone
        ? Promise.resolve()
        : new Promise<void>((resolve) => {
            whenClosed = resolve
            port.postMessage({ kind: 'close' })
          })
      return closing
    }
  }
}
