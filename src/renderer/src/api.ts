import { createApiClient } from '../../shared/api-client'
import { parseCoreEvent, type Api, type CoreEvent, type Reply } from '../../shared/contract'
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

/**
 * The core's events, each checked against its zod schema on receipt: one that breaks the
 * contract (another version of the core, a corrupted message) is dropped and logged, so a page
 * never renders from data of the wrong shape.
 */
export function subscribeToCoreEvents(listener: (event: CoreEvent) => void): () => void {
  return bridge.onEvent((raw) => {
    const event = parseCoreEvent(raw)
    if (event) listener(event)
    else console.warn('Kassabrug: dropped an event that does not match the contract', raw)
  })
}
