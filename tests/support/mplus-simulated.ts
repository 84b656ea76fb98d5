import {
  startMplusSimulator,
  type MplusSimulator,
  type MplusSimulatorOptions
} from '../../simulators/mplus/index'
import { ConnectorError } from '../../src/main/core/connectors/connector-error'
import {
  createMplusClient,
  type MplusClient,
  type MplusClientConfig
} from '../../src/main/core/connectors/mplus/client'

/** A simulated MplusKASSA till on 127.0.0.1 and our client pointed at it. */
export async function startSimulatedMplus(
  options: MplusSimulatorOptions = {},
  clientOverrides: Partial<MplusClientConfig> = {}
): Promise<{ simulator: MplusSimulator; client: MplusClient }> {
  const simulator = await startMplusSimulator(options)
  const client = createMplusClient({
    host: simulator.host,
    port: simulator.port,
    useTls: false,
    ident: simulator.ident,
    secret: simulator.secret,
    ...clientOverrides
  })
  return { simulator, client }
}

/** The ConnectorError a promise rejects with (fails the test if it resolves or rejects otherwise). */
export async function connectorFailure(promise: Promise<unknown>): Promise<ConnectorError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e
  )
  if (!(error instanceof ConnectorError))
    throw new Error(`expected a ConnectorError, got ${String(error)}`)
  return error
}
