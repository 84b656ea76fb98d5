import { Command } from 'commander'
import { startMailchimpSimulator } from './index'

/** `npm run sim:mailchimp`: a simulator to point the app (or curl) at by hand. */
const program = new Command()
  .name('sim:mailchimp')
  .option('--port <port>', 'port on 127.0.0.1 (0 = any free port)', '4021')
  .option('--dc <dataCenter>', 'data centre in the API key', 'us21')
  .option('--api-key <key>', 'API key to accept (default: a random one)')
  .option('--members <count>', 'audience members in the fixture', '200')
  .option('--products <count>', 'products in the store', '40')
  .option('--orders <count>', 'orders in the store', '60')
  .option('--seed <seed>', 'fixture seed', '1')
  .option('--latency <ms>', 'added latency per request', '0')
  .parse()

const options = program.opts<{
  port: string
  dc: string
  apiKey?: string
  members: string
  products: string
  orders: string
  seed: string
  latency: string
}>()

async function main(): Promise<void> {
  const simulator = await startMailchimpSimulator({
    port: Number(options.port),
    dataCenter: options.dc,
    apiKey: options.apiKey,
    latencyMs: Number(options.latency),
    fixture: {
      members: Number(options.members),
      products: Number(options.products),
      orders: Number(options.orders),
      seed: Number(options.seed)
    }
  })
  console.log(`Mailchimp simulator listening
  base URL : ${simulator.baseUrl}
  API key  : ${simulator.apiKey}
  list id  : ${simulator.listId}
  admin    : ${simulator.baseUrl.replace(/\/3\.0$/, '')}/__admin/counts
Press Ctrl+C to stop.`)
  const stop = (): void => {
    void simulator.close().then(() => process.exit(0))
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
