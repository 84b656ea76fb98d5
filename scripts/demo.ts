/**
 * `npm run demo`: Kassabrug working end to end without any account. Starts both simulators with a
 * realistic Dutch shop, points a throw-away data folder at them, runs a first sync of customers,
 * products and categories with progress, then serves the UI and keeps the schedule running.
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import pino from 'pino'
import { startMailchimpSimulator } from '../simulators/mailchimp'
import { startMplusSimulator } from '../simulators/mplus'
import { createMailchimpClient } from '../src/main/core/connectors/mailchimp/client'
import { createCore } from '../src/main/core/create-core'
import { createFlowsFactory } from '../src/main/core/flows/create-flows'
import { createLogger } from '../src/main/core/logger'
import { hostWords } from '../src/main/host-words'
import { KeychainSecretStore } from '../src/main/core/secrets/keychain-store'
import { MemorySecretStore } from '../src/main/core/secrets/memory-store'
import type { SecretStore } from '../src/main/core/secrets/secret-store'
import { packageVersion } from '../src/main/headless/package-version'
import { startServer } from '../src/main/headless/server'
import { runText, showSyncProgress } from '../src/main/headless/sync-progress'
import { compatibleFlows } from '../src/shared/flows/catalogue'

const demoStoreId = 'kassabrug-demo-kassa'

const { values: args } = parseArgs({
  options: {
    products: { type: 'string', default: '250' },
    members: { type: 'string', default: '600' },
    port: { type: 'string', default: '0' },
    'data-dir': { type: 'string' }
  }
})

function say(line: string): void {
  process.stdout.write(`${line}\n`)
}

/** The real keychain when there is one (under a demo service name); else memory, said out loud. */
async function demoSecrets(): Promise<SecretStore> {
  const keychain = new KeychainSecretStore('Kassabrug-demo')
  const availability = await keychain.availability()
  if (availability.available) {
    say('Secrets: stored in the OS keychain (service "Kassabrug-demo").')
    return keychain
  }
  say(`Secrets: no OS keychain here (${availability.reason})`)
  say(
    "         The demo keeps the simulators' made-up credentials in memory only; the app itself refuses to do that."
  )
  return new MemorySecretStore()
}

async function main(): Promise<void> {
  const products = Number(args.products)
  const members = Number(args.members)
  say(
    `Starting the MplusKASSA simulator with ${products} products and the Mailchimp simulator with ${members} audience members…`
  )
  const mplus = await startMplusSimulator({ fixture: { size: products, seed: 2026 } })
  const mailchimp = await startMailchimpSimulator({ fixture: { members, seed: 2026 } })
  await createMailchimpClient({ apiKey: mailchimp.apiKey, baseUrl: mailchimp.baseUrl }).createStore(
    {
      id: demoStoreId,
      list_id: mailchimp.listId,
      name: 'Kassabrug demo kassa',
      currency_code: 'EUR',
      primary_locale: 'nl'
    }
  )
  say(
    `  MplusKASSA simulator: ${mplus.url} (ident ${mplus.ident}, secret ${mplus.secret}; admin: ${mplus.url}__admin/counts)`
  )
  say(`  Mailchimp simulator:  ${mailchimp.baseUrl} (API key ${mailchimp.apiKey})`)

  const dataDir = args['data-dir'] ?? mkdtempSync(join(tmpdir(), 'kassabrug-demo-'))
  const secrets = await demoSecrets()
  await secrets.set('mailchimp', mailchimp.apiKey)
  await secrets.set('mplus', mplus.secret)
  const core = await createCore({
    dataDir,
    secrets,
    version: packageVersion(join(__dirname, '../out/main')),
    logger: createLogger({ level: 'warn', destination: pino.destination(2) }),
    flows: createFlowsFactory()
  })
  await core.call('settings.update', {
    mailchimp: { baseUrl: mailchimp.baseUrl, listId: mailchimp.listId, storeId: demoStoreId },
    mplus: {
      host: '127.0.0.1',
      port: mplus.port,
      useTls: false,
      ident: mplus.ident,
      // The stock flow sends the stock of the simulated shop's main branch.
      branchNumber: Number(mplus.state.branches[0].branchNumber)
    },
    // The fixture's till sales are from around New Year 2026: back-fill them whatever today is.
    flowOptions: { ordersOutStartDate: '2025-01-01' }
  })
  for (const flow of compatibleFlows) await core.call('sync.setFlow', { flow, enabled: true })
  say(`Data folder (throw-away): ${dataDir}`)

  say(
    '\nFirst sync: customers (Mailchimp → MplusKASSA), products and categories (MplusKASSA → Mailchimp)'
  )
  // The demo narrates in English: the core's codes are worded in English too.
  const words = hostWords('en')
  const stopProgress = showSyncProgress(core, words)
  const first = await core.call('sync.runNow', { all: true, wait: true })
  stopProgress()
  for (const run of first.runs) say(`  ${runText(run, words)}${run.error ? ` — ${run.error}` : ''}`)
  const relations = mplus.state.relations.size
  const mailchimpProducts = mailchimp.state.products.get(demoStoreId)?.size ?? 0
  say(
    `  The till now holds ${relations} relations; the Mailchimp store holds ${mailchimpProducts} products.`
  )

  const server = await startServer({
    core,
    port: Number(args.port),
    rendererDir: join(__dirname, '../out/renderer')
  })
  await core.start()
  say(`\nKassabrug is running at ${server.url}`)
  say('Open that address in a browser on this computer. The schedule syncs every 5 minutes;')
  say(
    "change data through the simulators' APIs above (they speak SOAP and REST like the real ones) to see it move."
  )
  say('Press Ctrl+C to stop; the data folder above can be deleted afterwards.')

  let stopping = false
  const stop = (): void => {
    if (stopping) return
    stopping = true
    void server
      .close()
      .then(() => core.close())
      .then(() => Promise.all([mplus.close(), mailchimp.close()]))
      .then(() => process.exit(0))
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}

void main().catch((error: unknown) => {
  process.stderr.write(
    `The demo could not start: ${error instanceof Error ? error.message : String(error)}\n`
  )
  process.exit(1)
})
