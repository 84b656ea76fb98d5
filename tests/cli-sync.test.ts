import { execFile } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createCore } from '../src/main/core/create-core'
import { KeychainSecretStore } from '../src/main/core/secrets/keychain-store'
import { variantKey } from '../simulators/mailchimp/state'
import {
  connectionSettings,
  harnessBranch,
  harnessFlows,
  harnessStoreId,
  startSimulatorPair,
  tillClient,
  type SimulatorPair
} from './support/sync-harness'
import { breakMemberEmail } from './support/planted-member'
import { placeOrders, seedWebShop, tillOrdersByExtId, webShopId } from './support/web-shop'

const run = promisify(execFile)
const projectRoot = resolve(__dirname, '..')
const launcher = join(projectRoot, 'bin', 'kassabrug.cjs')
const built = existsSync(join(projectRoot, 'out', 'main', 'cli.js'))
// The command reads its secrets from the real keychain (service "Kassabrug"): `npm test` runs
// vitest in a D-Bus session with a throw-away keyring, and CI must run this.
const runnable = (built && Boolean(process.env.DBUS_SESSION_BUS_ADDRESS)) || Boolean(process.env.CI)

let pair: SimulatorPair
let dataDir = ''
const keychain = new KeychainSecretStore()

async function kassabrug(
  ...args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [
      launcher,
      ...args,
      ...(args[0] === '--help' ? [] : ['--data-dir', dataDir])
    ])
    return { code: 0, stdout, stderr }
  } catch (error) {
    const failure = error as { code: number; stdout: string; stderr: string }
    return { code: failure.code, stdout: failure.stdout, stderr: failure.stderr }
  }
}

describe.skipIf(!runnable)(
  'kassabrug sync, log and attention (built command, real keychain)',
  () => {
    beforeAll(async () => {
      pair = await startSimulatorPair({ products: 8, members: 12, seed: 21 })
      const bad = [...pair.mailchimp.state.members.get(pair.mailchimp.listId)!.values()][0]
      breakMemberEmail(pair.mailchimp, bad, 'kapot@')
      await keychain.set('mailchimp', pair.mailchimp.apiKey)
      await keychain.set('mplus', pair.mplus.secret)
      // One folder for the whole file: the commands build on each other's state.
      dataDir = mkdtempSync(join(tmpdir(), 'kassabrug-cli-sync-'))
      const core = await createCore({ dataDir, secrets: keychain, version: 'test' })
      await core.call('settings.update', connectionSettings(pair))
      for (const flow of harnessFlows) await core.call('sync.setFlow', { flow, enabled: true })
      await core.close()
    })

    afterAll(async () => {
      await keychain.delete('mailchimp')
      await keychain.delete('mplus')
      await pair?.close()
      rmSync(dataDir, { recursive: true, force: true })
    })

    it('syncs every enabled flow in plain lines, and exits 1 because one record failed', async () => {
      const result = await kassabrug('sync')
      // Every word in the settings' language (Dutch by default): the run's status and counts,
      // what is counted, and the failed record's reason worded from its code.
      const counts =
        /customers: Deels gelukt: Nieuw (\d+), Bijgewerkt 0, Gekoppeld (\d+), Ongewijzigd 0, Overgeslagen 0, Wachtend 0, Mislukt 1/.exec(
          result.stdout
        )
      // Members the till already knows are linked, the others created: 11 in all.
      expect(Number(counts?.[1]) + Number(counts?.[2])).toBe(11)
      expect(result.stdout).toMatch(/products: Gelukt: Nieuw \d+/)
      expect(result.stdout).toMatch(/^customers: klanten: \d+ van \d+$/m)
      expect(result.stdout).toMatch(/“kapot@” is geen geldig e-mailadres/)
      expect(result.code).toBe(1)
      expect(pair.mplus.state.relations.size).toBeGreaterThanOrEqual(11)
    })

    it('lists what needs attention and retries it (still failing: exit 1)', async () => {
      const list = await kassabrug('attention', 'list')
      expect(list.code).toBe(0)
      expect(list.stdout).toMatch(
        /^#\d+ customers .* \(pogingen: 1\): .*“kapot@” is geen geldig e-mailadres/m
      )
      const retry = await kassabrug('attention', 'retry-all', '--lang', 'en')
      expect(retry.stdout).toContain('Retried: 0 succeeded, 1 still failing.')
      expect(retry.stdout).toMatch(/^ {2}customers \S+: failed again\. /m)
      expect(retry.code).toBe(1)
      const wrong = await kassabrug('attention', 'retry', 'abc')
      expect(wrong.code).not.toBe(0)
      // In the language chosen in Settings (Dutch by default), like the rest of the command.
      expect(wrong.stderr).toContain(
        'kassabrug: retry heeft het itemnummer uit "attention list" nodig.'
      )
      // A refusal of the core is worded from its code; its own sentence stays as the detail.
      const unknown = await kassabrug('attention', 'retry', '999999')
      expect(unknown.code).toBe(1)
      expect(unknown.stderr).toBe(
        'kassabrug: Dit bestaat niet (meer). (There is no record with id 999999 waiting for a retry.)\n'
      )
    })

    it('shows the failed records of the activity log', async () => {
      const log = await kassabrug('log', '--failed', '--flow', 'customers')
      expect(log.code).toBe(0)
      // The time in the locale's format (nl-NL: 31-01-2026, 09:05:00), the outcome in words.
      expect(log.stdout).toMatch(
        /^\d\d-\d\d-\d{4}, \d\d:\d\d:\d\d customers (no-id:\S+|kapot@) Mislukt: /m
      )
    })

    it('dry-runs a changed product without sending it', async () => {
      const product = [...pair.mplus.state.products.values()].find(
        (p) => p.articleList.article.length > 0
      )!
      ;(product.articleList.article[0] as { priceIncl: number }).priceIncl = 4321
      product.syncMarker = ++pair.mplus.state.counters.articleSyncMarker
      pair.mailchimp.resetCounts()
      const preview = await kassabrug('sync', '--dry-run', '--flow', 'products')
      expect(preview.code).toBe(0)
      expect(preview.stdout).toContain(`${product.productNumber}: Bijwerken`)
      expect(preview.stdout).toContain('"price":43.21')
      expect(pair.mailchimp.writeCounts()).toEqual({})
    })

    it('dry-runs a new web-shop order, then imports it with --flow orders-in', async () => {
      const [product] = await seedWebShop(pair, 1)
      await placeOrders(pair, [
        { id: 'cli-1', email: 'cli@webwinkel.test', lines: [{ product, quantity: 2 }] }
      ])
      const preview = await kassabrug('sync', '--dry-run', '--flow', 'orders-in', '--lang', 'en')
      expect(preview.code).toBe(0)
      expect(preview.stdout).toContain('orders-in: the next 1 record(s); nothing is sent')
      expect(preview.stdout).toContain(`${webShopId}:cli-1: Create`)
      expect(preview.stdout).toContain(`"extOrderId":"MC-${webShopId}-cli-1"`)
      expect(tillOrdersByExtId(pair).size).toBe(0)
      const result = await kassabrug('sync', '--flow', 'orders-in')
      expect(result.stdout).toMatch(/orders-in: Gelukt: Nieuw 1,/)
      expect(result.code).toBe(0)
      expect([...tillOrdersByExtId(pair).values()]).toEqual([1])
    })

    it('dry-runs and runs the stock flow alone (--flow stock)', async () => {
      // The first sync sent every level; one changed level at the till is all there is to send.
      const variantOf = (productNumber: number, articleNumber: number) =>
        pair.mailchimp.state.variants
          .get(variantKey(harnessStoreId, String(productNumber)))
          ?.get(String(articleNumber))
      const productOf = (articleNumber: number) =>
        [...pair.mplus.state.products.values()].find((p) =>
          p.articleList.article.some((a) => a.articleNumber === articleNumber)
        )!
      const record = [...pair.mplus.state.stock.values()].find(
        (r) =>
          r.branchNumber === harnessBranch &&
          variantOf(productOf(r.articleNumber).productNumber, r.articleNumber)
      )!
      const product = productOf(record.articleNumber)
      await tillClient(pair).setStock({
        branchNumber: harnessBranch,
        articleNumber: record.articleNumber,
        amount: 9_000 + record.amountReserved,
        decimalPlaces: record.decimalPlaces
      })
      pair.mailchimp.resetCounts()
      const preview = await kassabrug('sync', '--dry-run', '--flow', 'stock')
      expect(preview.code).toBe(0)
      expect(preview.stdout).toContain(`${record.articleNumber}: Bijwerken`)
      expect(pair.mailchimp.writeCounts()).toEqual({})

      const synced = await kassabrug('sync', '--flow', 'stock')
      expect(synced.stdout).toMatch(/stock: Gelukt: Nieuw 0, Bijgewerkt 1,/)
      expect(synced.code).toBe(0)
      expect(variantOf(product.productNumber, record.articleNumber)?.inventory_quantity).toBe(
        Math.floor(9_000 / 10 ** record.decimalPlaces)
      )
    })

    it('refuses an unknown flow with a clear message', async () => {
      // An argument error, before the settings are read: --lang (else the system locale).
      const result = await kassabrug('sync', '--lang', 'en', '--flow', 'invoices')
      expect(result.code).not.toBe(0)
      expect(result.stderr).toMatch(/unknown flow; one of customers, products/)
      const french = await kassabrug('sync', '-l', 'fr', '--flow', 'invoices')
      expect(french.stderr).toMatch(/invoices ne convient pas ; flux inconnu ; l’un de customers/)
    })
  }
)
