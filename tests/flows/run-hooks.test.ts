import { spawn } from 'node:child_process'
import { join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startMailchimpSimulator, type MailchimpSimulator } from '../../simulators/mailchimp'
import { createMailchimpClient } from '../../src/main/core/connectors/mailchimp/client'
import { databaseFileName } from '../../src/main/core/create-core'
import { bundleScript } from '../support/bundle-script'
import { useTempDir } from '../support/temp-dir'

/**
 * afterRun is owed once beforeRun has started: a process SIGKILLed between the two leaves a
 * marker in SQLite, and the next start of the flow completes the afterRun (clearing the store's
 * is_syncing) before its own beforeRun.
 */
const tempDir = useTempDir()
const storeId = 'hook-store'
let simulator: MailchimpSimulator
let childScript = ''
/** is_syncing values in the order the simulator received them. */
const syncingWrites: boolean[] = []

beforeAll(async () => {
  childScript = await bundleScript(join(__dirname, '../support/hook-child.ts'))
  simulator = await startMailchimpSimulator({
    fixture: { members: 1, seed: 3 },
    onRequest: (request) => {
      const body = request.body as { is_syncing?: unknown } | undefined
      if (request.method === 'PATCH' && typeof body?.is_syncing === 'boolean')
        syncingWrites.push(body.is_syncing)
    }
  })
  const client = createMailchimpClient({ apiKey: simulator.apiKey, baseUrl: simulator.baseUrl })
  await client.createStore({
    id: storeId,
    list_id: simulator.listId,
    name: 'Hook store',
    currency_code: 'EUR'
  })
}, 60_000)

afterAll(async () => {
  await simulator?.close()
})

function runChild(
  dataDir: string,
  mode: 'hang' | 'finish'
): Promise<{ outcome: number | 'killed'; stdout: string }> {
  return new Promise((resolve, reject) => {
    const config = { dataDir, apiKey: simulator.apiKey, baseUrl: simulator.baseUrl, storeId, mode }
    const child = spawn(process.execPath, [childScript], {
      env: { ...process.env, KASSABRUG_HOOK_CHILD: JSON.stringify(config) },
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString()
      // Killed only once beforeRun has reached Mailchimp and the run is between the hooks.
      if (mode === 'hang' && stdout.includes('between the hooks')) child.kill('SIGKILL')
    })
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('error', reject)
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve({ outcome: 'killed', stdout })
      else if (code === 0) resolve({ outcome: 0, stdout })
      else reject(new Error(`hook child exited with ${code}: ${stderr}`))
    })
  })
}

function owedMarkers(dataDir: string): unknown[] {
  const db = new BetterSqlite3(join(dataDir, databaseFileName), { readonly: true })
  const rows = db.prepare('select flow from sync_hooks_pending').all()
  db.close()
  return rows
}

describe('run hooks across a SIGKILL', () => {
  it('completes afterRun at the next start when the process died between the hooks', async () => {
    const dataDir = tempDir()
    const killed = await runChild(dataDir, 'hang')
    expect(killed.outcome).toBe('killed')
    expect(simulator.state.stores.get(storeId)?.is_syncing).toBe(true)
    expect(owedMarkers(dataDir)).toEqual([{ flow: 'customers' }])

    const next = await runChild(dataDir, 'finish')
    expect(next.outcome).toBe(0)
    expect(next.stdout).toContain('recovered')
    // The owed afterRun (false) came first, then the new run's own pair.
    expect(syncingWrites).toEqual([true, false, true, false])
    expect(simulator.state.stores.get(storeId)?.is_syncing).toBe(false)
    expect(owedMarkers(dataDir)).toEqual([])
  }, 60_000)
})
