/**
 * The one contract between the UI (renderer, CLI, tests) and the core. Every call is declared
 * once, here, with zod input and output; the Electron IPC wrapper, the preload bridge, the
 * headless HTTP bridge and the browser client are all derived from this map, so adding a call is
 * adding an entry to one of the maps below (and its handler in the core, which the type checker
 * then demands).
 */
import type { z } from 'zod'
import { appCalls } from './contract/app'
import { connectionCalls } from './contract/connections'
import type { CallSpec } from './contract/define'
import type { CoreErrorShape } from './contract/errors'
import { events } from './contract/events'
import { mappingCalls } from './contract/mapping'
import { syncCalls } from './contract/sync'

export const calls = {
  ...appCalls,
  ...syncCalls,
  ...mappingCalls,
  ...connectionCalls
} satisfies Record<string, CallSpec>

export { events }
export * from './contract/app'
export * from './contract/settings'
export * from './contract/errors'
export * from './contract/sync'
export * from './contract/mapping'
export * from './contract/connections'

export type Calls = typeof calls
export type CallName = keyof Calls
export type CallInput<N extends CallName> = z.input<Calls[N]['input']>
export type CallParsedInput<N extends CallName> = z.output<Calls[N]['input']>
export type CallOutput<N extends CallName> = z.output<Calls[N]['output']>

/**
 * The input argument of a call, typed by its schema: it may be left out only when the call
 * accepts an empty object (every field optional).
 */
export type CallArgs<N extends CallName> =
  Record<string, never> extends CallInput<N> ? [input?: CallInput<N>] : [input: CallInput<N>]

/** What a client (renderer, CLI, test) sees: one async function per call. */
export type Api = { [N in CallName]: (...input: CallArgs<N>) => Promise<CallOutput<N>> }

/** What the core implements: inputs arrive already parsed by the contract. */
export type Handlers = { [N in CallName]: (input: CallParsedInput<N>) => Promise<CallOutput<N>> }

export type Events = typeof events
export type EventName = keyof Events
export type CoreEvent = { [N in EventName]: { name: N; payload: z.output<Events[N]> } }[EventName]

export const callNames = Object.keys(calls) as CallName[]

/**
 * A core event as received from another process or over the network, checked against its zod
 * payload schema; null for an unknown name or a payload that breaks the contract. The renderer
 * and the tray take events only through this.
 */
export function parseCoreEvent(raw: unknown): CoreEvent | null {
  if (typeof raw !== 'object' || raw === null) return null
  const { name, payload } = raw as { name?: unknown; payload?: unknown }
  if (typeof name !== 'string' || !Object.prototype.hasOwnProperty.call(events, name)) return null
  const parsed = events[name as EventName].safeParse(payload)
  return parsed.success ? ({ name, payload: parsed.data } as CoreEvent) : null
}

export function isCallName(name: string): name is CallName {
  return Object.prototype.hasOwnProperty.call(calls, name)
}

/** The reply envelope used by every transport. */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: CoreErrorShape }
