import { createBridgeCalls, type KassabrugBridge, type RawEventListener } from '../../shared/bridge'
import { events, type Reply } from '../../shared/contract'

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
    onEvent(listener: RawEventListener) {
      const query = token ? `?token=${encodeURIComponent(token)}` : ''
      const source = new EventSource(`/api/events${query}`)
      for (const name of Object.keys(events)) {
        source.addEventListener(name, (message) => {
          let payload: unknown
          try {
            payload = JSON.parse((message as MessageEvent<string>).data)
          } catch {
            return // Not JSON: nothing the contract could accept.
          }
          // Checked against the event's schema by subscribeToCoreEvents, like IPC events.
          listener({ name, payload })
        })
      }
      return () => source.close()
    }
  }
}

function failure(code: 'connection-failed' | 'internal', message: string): Reply<never> {
  return { ok: false, error: { code, message } }
}
