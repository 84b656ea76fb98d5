import {
  createBridgeCalls,
  type CoreEventListener,
  type KassabrugBridge
} from '../../shared/bridge'
import { events, type CoreEvent, type Reply } from '../../shared/contract'

/** The same bridge the Electron preload offers, over the `kassabrug serve` HTTP API. */
export function createHttpBridge(token: string | null): KassabrugBridge {
  const authorization: Record<string, string> = token ? { Authorization: `Bearer ${token}` } : {}
  return {
    ...createBridgeCalls(async (name, input) => {
      let response: Response
      try {
        response = await fetch(`/api/call/${encodeURIComponent(name)}`, {
          method: 'POST',
          headers: { ...authorization, 'Content-Type': 'application/json' },
          body: JSON.stringify(input ?? {})
        })
      } catch (error) {
        return failure(
          'connection-failed',
          `Kassabrug is not reachable (${String(error)}). Is \`kassabrug serve\` still running?`
        )
      }
      const body = (await response.json().catch(() => null)) as Reply<unknown> | null
      if (body && typeof body === 'object' && 'ok' in body) return body
      return failure('internal', `Kassabrug answered HTTP ${response.status} without a reply.`)
    }),
    onEvent(listener: CoreEventListener) {
      const query = token ? `?token=${encodeURIComponent(token)}` : ''
      const source = new EventSource(`/api/events${query}`)
      for (const name of Object.keys(events) as CoreEvent['name'][]) {
        source.addEventListener(name, (message) => {
          // What arrives over the network is checked against the contract before a page sees it.
          const payload = events[name].safeParse(JSON.parse((message as MessageEvent<string>).data))
          if (payload.success) listener({ name, payload: payload.data } as CoreEvent)
          else console.error(`Kassabrug: ignored a malformed ${name} event`, payload.error)
        })
      }
      return () => source.close()
    }
  }
}

function failure(code: 'connection-failed' | 'internal', message: string): Reply<never> {
  return { ok: false, error: { code, message } }
}
