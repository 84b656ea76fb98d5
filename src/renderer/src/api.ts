import { createApiClient } from '../../shared/api-client'
import type { Api, Reply } from '../../shared/contract'
import type { CoreEventListener } from '../../shared/bridge'
import { takeAccessToken } from './access-token'
import { createHttpBridge } from './http-bridge'

/**
 * The one place the renderer gets the core from: the preload bridge inside Electron, the HTTP
 * bridge of `kassabrug serve` in a browser. Either way the pages see the same typed Api.
 */
const bridge = window.kassabrug ?? createHttpBridge(takeAccessToken())

// Each bridge function is typed for its own call; the client only forwards the raw input.
export const api: Api = createApiClient((name, input) =>
  (bridge[name] as (input: unknown) => Promise<Reply<unknown>>)(input)
)

export function subscribeToCoreEvents(listener: CoreEventListener): () => void {
  return bridge.onEvent(listener)
}
