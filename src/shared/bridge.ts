import type { CoreEvent, Reply } from './contract'

/** The IPC channels between preload and main: one for calls, one for the core's events. */
export const ipcChannels = {
  call: 'kassabrug:call',
  event: 'kassabrug:event'
} as const

export type CoreEventListener = (event: CoreEvent) => void

/**
 * What the Electron preload exposes as `window.kassabrug`. Calls return the reply envelope rather
 * than throwing, because an Error crossing contextBridge loses its custom fields (code, issues);
 * the renderer builds the typed Api over `invoke` with createApiClient, exactly as it does over
 * HTTP in a browser, so both hosts give the same typed calls and the same CoreError.
 */
export interface KassabrugBridge {
  invoke(name: string, input: unknown): Promise<Reply<unknown>>
  /** Subscribes to the core's events; returns the unsubscribe function. */
  onEvent(listener: CoreEventListener): () => void
}
