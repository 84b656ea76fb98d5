import { createApiClient } from '../../shared/api-client'
import type { Api } from '../../shared/contract'
import type { CoreEventListener } from '../../shared/bridge'
import { takeAccessToken } from './access-token'
import { createHttpBridge } from './http-bridge'

/**
 * The one place the renderer gets the core from: the preload bridge inside Electron, the HTTP
 * bridge of `kassabrug serve` in a browser. Either way the pages see the same typed Api.
 */
const bridge = window.kassabrug ?? createHttpBridge(takeAccessToken())

export const api: Api = createApiClient((name, input) => bridge.invoke(name, input))

export function subscribeToCoreEvents(listener: CoreEventListener): () => void {
  return bridge.onEvent(listener)
}
