import type { Transport } from './api-client'
import { callNames, type CallArgs, type CallName, type CallOutput, type Reply } from './contract'

/** The IPC channels between preload and main: one for calls, one for the core's events. */
export const ipcChannels = {
  call: 'kassabrug:call',
  event: 'kassabrug:event'
} as const

/**
 * What a bridge hands on: an event as it arrived over IPC or SSE, not yet checked. The renderer
 * takes events only through parseCoreEvent (src/renderer/src/api.ts).
 */
export type RawEventListener = (event: unknown) => void

/** One function per call in the contract, answering with the reply envelope. */
export type BridgeCalls = {
  [N in CallName]: (...input: CallArgs<N>) => Promise<Reply<CallOutput<N>>>
}

/**
 * What the Electron preload exposes as `window.kassabrug`, and what the browser client offers over
 * HTTP: exactly the contract's calls plus a subscription to the core's events (returning the
 * unsubscribe function). Calls answer with the envelope instead of throwing, because an Error
 * crossing contextBridge loses its fields (code, issues); the renderer turns envelopes into the
 * typed Api with createApiClient, the same way for both hosts.
 */
export type KassabrugBridge = BridgeCalls & {
  onEvent(listener: RawEventListener): () => void
}

/** Generates the call functions from the contract over one transport (IPC or HTTP). */
export function createBridgeCalls(transport: Transport): BridgeCalls {
  const bridge: Record<string, (input?: unknown) => Promise<Reply<unknown>>> = {}
  for (const name of callNames) bridge[name] = (input?: unknown) => transport(name, input ?? {})
  return bridge as BridgeCalls
}
