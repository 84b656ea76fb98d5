import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach } from 'vitest'
import type { Core } from '../../src/main/core/create-core'
import type { FlowId } from '../../src/shared/flows/catalogue'
import { startConfiguredCore, startSimulatorPair, type SimulatorPair } from './sync-harness'

/**
 * The set-up the flow tests share. Apart from sync-harness.ts because it registers vitest hooks,
 * and the bench and the e2e tests use the harness outside vitest.
 */

export interface Shop {
  pair: SimulatorPair
  core: Core
}

type ShopSize = Parameters<typeof startSimulatorPair>[0]
type CoreOptions = Omit<NonNullable<Parameters<typeof startConfiguredCore>[2]>, 'flows'>
export type ShopWithFlows = (
  flows: readonly FlowId[] | undefined,
  size: ShopSize,
  options?: CoreOptions
) => Promise<Shop>

/**
 * Called once per test file, it gives `shopWithFlows(flows, size)`: both simulators seeded with a
 * shop of `size` and a core on a real SQLite file in a fresh folder, configured for them, with
 * `flows` switched on (undefined: the harness's default set). Every shop it made is closed and
 * its folder removed after the file ('file': shops made in beforeAll) or after each test ('test').
 */
export function useShops(scope: 'file' | 'test'): ShopWithFlows {
  const open: { shop: Shop; dir: string }[] = []
  const closeAll = async (): Promise<void> => {
    for (const { shop, dir } of open.splice(0)) {
      await shop.core.close()
      await shop.pair.close()
      rmSync(dir, { recursive: true, force: true })
    }
  }
  if (scope === 'file') afterAll(closeAll)
  else afterEach(closeAll)
  return async (flows, size, options = {}) => {
    const pair = await startSimulatorPair(size)
    const dir = mkdtempSync(join(tmpdir(), 'kassabrug-shop-'))
    try {
      const core = await startConfiguredCore(pair, dir, { ...options, flows })
      const shop = { pair, core }
      open.push({ shop, dir })
      return shop
    } catch (error) {
      await pair.close()
      rmSync(dir, { recursive: true, force: true })
      throw error
    }
  }
}
