import { callNames, coreErrorFrom, type Api, type CallName, type Reply } from './contract'

/** Sends one call over some transport (IPC, HTTP) and returns the reply envelope. */
export type Transport = (name: CallName, input: unknown) => Promise<Reply<unknown>>

/**
 * Builds the typed Api from a transport. Used by the preload bridge and by the browser client, so
 * both expose exactly the calls in the contract and throw the same CoreError on failure.
 */
export function createApiClient(transport: Transport): Api {
  const api: Record<string, (input?: unknown) => Promise<unknown>> = {}
  for (const name of callNames) {
    api[name] = async (input?: unknown) => {
      const reply = await transport(name, input ?? {})
      if (reply.ok) return reply.value
      throw coreErrorFrom(reply.error)
    }
  }
  return api as Api
}
