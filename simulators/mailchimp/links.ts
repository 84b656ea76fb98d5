import type { SimulatorContext } from './context'

/** The `_links` array nearly every API object carries; a self link is enough for clients. */
export function selfLinks(
  sim: SimulatorContext,
  path: string
): { rel: string; href: string; method: string }[] {
  return [{ rel: 'self', href: `${sim.origin()}/3.0${path}`, method: 'GET' }]
}
