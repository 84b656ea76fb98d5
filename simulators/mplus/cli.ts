import { readFileSync } from 'node:fs'
import { Command, InvalidArgumentError } from 'commander'
import { startMplusSimulator } from './index'
import type { MplusFixture } from './state'

/** `npm run sim:mplus -- --size 1000 --port 18083 [--tls]`: a simulated MplusKASSA till to develop against. */

function positiveInteger(value: string): number {
  const parsed = Number(value)
  if (!Number.isSafeInteger(parsed) || parsed < 0)
    throw new InvalidArgumentError('must be a whole number ≥ 0')
  return parsed
}

const program = new Command()
  .name('sim:mplus')
  .description('Start the MplusKASSA (MplusQapi SOAP) simulator on 127.0.0.1')
  .option('--size <products>', 'fixture size in products (10 … 100000)', positiveInteger, 100)
  .option(
    '--relations <count>',
    'number of relations (default: same as --size, at least 20)',
    positiveInteger
  )
  .option('--seed <seed>', 'random seed of the fixture', positiveInteger, 1)
  .option('--port <port>', 'port (0 = any free port)', positiveInteger, 18083)
  .option('--tls', 'serve HTTPS with a generated self-signed certificate', false)
  .option('--ident <ident>', 'API ident', 'kassabrug-sim')
  .option('--secret <secret>', 'API secret', 'sim-secret-0000')
  .option('--latency <ms>', 'latency added to every call', positiveInteger, 0)
  .option(
    '--state <file>',
    'start from a state JSON written by saveState instead of a generated fixture'
  )
  .option('--save <file>', 'write the state as JSON to this file on exit (Ctrl+C)')

async function main(): Promise<void> {
  const options = program.parse().opts<{
    size: number
    relations?: number
    seed: number
    port: number
    tls: boolean
    ident: string
    secret: string
    latency: number
    state?: string
    save?: string
  }>()
  if (options.size < 10 || options.size > 100_000)
    throw new InvalidArgumentError('--size must be between 10 and 100000')
  const started = Date.now()
  const simulator = await startMplusSimulator({
    port: options.port,
    tls: options.tls,
    ident: options.ident,
    secret: options.secret,
    latencyMs: options.latency,
    fixture: options.state
      ? (JSON.parse(readFileSync(options.state, 'utf8')) as MplusFixture)
      : { size: options.size, seed: options.seed, relationCount: options.relations }
  })
  const lines = [
    `MplusKASSA simulator ready in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    `  URL:      ${simulator.url}`,
    `  host:     ${simulator.host}`,
    `  port:     ${simulator.port}`,
    `  ident:    ${simulator.ident}`,
    `  secret:   ${simulator.secret}`,
    ...(simulator.certificateSha256 ? [`  SHA-256:  ${simulator.certificateSha256}`] : []),
    `  fixture:  ${simulator.state.products.size} products, ${simulator.state.articleOwners.size} articles, ${simulator.state.relations.size} relations, ${simulator.state.orders.size} orders`,
    `  admin:    ${simulator.url}__admin/state · __admin/counts · __admin/faults`
  ]
  console.log(lines.join('\n'))
  const stop = (): void => {
    if (options.save) {
      simulator.saveState(options.save)
      console.log(`State saved to ${options.save}`)
    }
    void simulator.close().then(() => process.exit(0))
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}

main().catch((error: unknown) => {
  console.error(`sim:mplus: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
