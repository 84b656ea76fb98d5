import type { SimulatorState } from './state'

/** What every route needs besides its request: the data and the simulator's settings. */
export interface SimulatorContext {
  state: SimulatorState
  dataCenter: string
  /** Domains whose addresses the API rejects as "looks fake or invalid". */
  fakeEmailDomains: readonly string[]
  /** Origin (scheme://host:port) the simulator is reachable at, for links and result URLs. */
  origin(): string
  now(): number
}

/** The API's timestamp format: ISO 8601 to the second with an explicit offset. */
export function apiTimestamp(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, '+00:00')
}

export function parseApiTimestamp(text: string): number | null {
  const ms = Date.parse(text)
  return Number.isNaN(ms) ? null : ms
}
