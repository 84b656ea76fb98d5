import type { ChildProcess } from 'node:child_process'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { bundleScript } from '../../../tests/support/bundle-script'
import { forkCoreProcess } from '../../../tests/support/process-ipc-port'
import { useTempDir } from '../../../tests/support/temp-dir'
import type { CoreEvent } from '../../shared/contract'
import { databaseFileName } from '../core/create-core'
import { createAppUrlCheck } from './app-origin'
import { setUpStandInConnections } from '../../../tests/support/in-memory-sync-flow'
import { createCoreClient, type CoreClient } from './core-relay'
import { relayWindowCall } from './ipc'

const tempDir = useTempDir()
const isAppUrl = createAppUrlCheck({ devServerUrl: undefined })
const ownPage = { senderFrame: { url: 'app://kassabrug/index.html#/', parent: null } }
type SenderEvent = Parameters<typeof relayWindowCall>[1]
const window = (event: { senderFrame: unknown }): SenderEvent => event as SenderEvent

let childScript: string
const children: ChildProcess[] = []
beforeAll(async () => {
  childScript = await bundleScript(join(__dirname, '../../../tests/support/core-process-child.ts'))
})
afterEach(() => {
  for (const child of children.splice(0)) child.kill()
})

/** Starts the real core in a child process, as Electron main starts its utility process. */
function startCoreProcess(writeMs = 0): {
  client: CoreClient
  child: ChildProcess
  dataDir: string
  logDir: string
  events: CoreEvent[]
} {
  const dataDir = tempDir()
  const logDir = tempDir()
  const { child, port } = forkCoreProcess(childScript, { KASSABRUG_WRITE_MS: String(writeMs) })
  children.push(child)
  const client = createCoreClient(port, { dataDir, logDir, version: '9.9.9' })
  const events: CoreEvent[] = []
  client.onEvent((event) => events.push(event))
  return { client, child, dataDir, logDir, events }
}

function nextEvent(client: CoreClient, name: CoreEvent['name']): Promise<CoreEvent> {
  return new Promise((resolve) => {
    const stop = client.onEvent((event) => {
      if (event.name !== name) return
      stop()
      resolve(event)
    })
  })
}

describe('the relay between the window and the core process', () => {
  it('carries a window call to the core in its own process and the reply and events back', async () => {
    const { client, child, dataDir, logDir, events } = startCoreProcess()
    await client.ready
    expect(child.pid).not.toBe(process.pid)
    const status = await relayWindowCall(client, window(ownPage), 'app.status', {}, isAppUrl)
    expect(status).toMatchObject({ ok: true, value: { version: '9.9.9', dataDir } })

    const changed = nextEvent(client, 'status.changed')
    const updated = await relayWindowCall(
      client,
      window(ownPage),
      'settings.update',
      { language: 'fr' },
      isAppUrl
    )
    expect(updated).toMatchObject({ ok: true, value: { language: 'fr' } })
    expect((await changed).name).toBe('status.changed')
    expect(events.some((event) => event.name === 'status.changed')).toBe(true)

    // The core's log file is in the log folder main gave it, listed through the same relay.
    const logs = await client.call('app.logs', { lines: 50 })
    expect(logs.folder).toBe(logDir)
    expect(logs.tail.some((line) => line.includes('core started'))).toBe(true)
    await client.close()
  })

  it('refuses a foreign sender frame before anything reaches the core', async () => {
    const { client } = startCoreProcess()
    await client.ready
    let relayed = 0
    const counting = {
      invoke: (...args: Parameters<CoreClient['invoke']>) => {
        relayed++
        return client.invoke(...args)
      }
    }
    for (const senderFrame of [
      { url: 'https://evil.example/', parent: null },
      { url: 'app://kassabrug/index.html', parent: { url: 'app://kassabrug/index.html' } },
      { url: 'file:///tmp/index.html', parent: null },
      null
    ]) {
      const reply = await relayWindowCall(
        counting,
        window({ senderFrame }),
        'secrets.clear',
        { connection: 'mailchimp' },
        isAppUrl
      )
      expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    }
    expect(
      await relayWindowCall(counting, window(ownPage), 'fs.readFile', {}, isAppUrl)
    ).toMatchObject({ ok: false, error: { code: 'not-found' } })
    expect(relayed).toBe(0)
    // Input is checked by the contract's schema in the core process, not trusted from the page.
    expect(
      await relayWindowCall(
        counting,
        window(ownPage),
        'settings.update',
        { language: 'de' },
        isAppUrl
      )
    ).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    await client.close()
  })

  it('on quit lets the running write finish and its checkpoint save, then says the core is gone', async () => {
    const { client, child, dataDir, events } = startCoreProcess(25)
    await client.ready
    await setUpStandInConnections(client)
    await client.call('sync.setFlow', { flow: 'customers', enabled: true })
    const firstPage = nextEvent(client, 'run.progress')
    await client.call('sync.runNow', { flow: 'customers' })
    await firstPage
    const exited = new Promise((resolve) => child.on('exit', resolve))
    await client.close()
    expect(await client.invoke('app.status', {})).toMatchObject({
      ok: false,
      error: { message: 'Kassabrug is closing.' }
    })
    child.kill()
    await exited

    const finished = events.find((event) => event.name === 'run.finished')
    const progress = events.filter((event) => event.name === 'run.progress').at(-1)
    const db = new Database(join(dataDir, databaseFileName), { readonly: true })
    const run = db.prepare('select status, finished_at from sync_runs').get() as {
      status: string
      finished_at: number | null
    }
    const ledger = db
      .prepare("select count(*) as n from sync_ledger where flow = 'customers'")
      .get() as { n: number }
    const checkpoint = db
      .prepare("select position from sync_checkpoints where flow = 'customers'")
      .get()
    db.close()
    // Stopped between records, not killed: the run is closed as interrupted (and said so before
    // `closed`), every page it reported is in the ledger, the checkpoint of those pages is saved,
    // and not all 40 records were written.
    expect(finished?.payload).toMatchObject({ status: 'interrupted' })
    expect(run.status).toBe('interrupted')
    expect(run.finished_at).not.toBeNull()
    expect(progress?.name === 'run.progress' && progress.payload.counts.created).toBeGreaterThan(0)
    if (progress?.name === 'run.progress')
      expect(ledger.n).toBeGreaterThanOrEqual(progress.payload.counts.created)
    expect(ledger.n).toBeLessThan(40)
    expect(checkpoint).toBeDefined()
  })
})
