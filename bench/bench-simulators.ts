import { fork, type ChildProcess } from 'node:child_process'
import { join } from 'node:path'
import { startMailchimpSimulator, type MailchimpSimulator } from '../simulators/mailchimp'
import { bundleScript } from '../tests/support/bundle-script'
import { harnessStoreId } from '../tests/support/configured-core'
import { addStores, type SimulatorPair } from '../tests/support/sync-harness'
import type { FromMplusProcess, ToMplusProcess } from './mplus-process'

/** The till as the bench counts it: where it listens and how often it was called. */
export interface CountedTill {
  port: number
  ident: string
  secret: string
  requestCounts(): Promise<Record<string, number>>
  writeCounts(): Promise<Record<string, number>>
  resetCounts(): Promise<void>
}

export interface BenchPair {
  mailchimp: MailchimpSimulator
  mplus: CountedTill
  close(): Promise<void>
}

/** The pair of tests/support, both simulators in the bench's process (the till's work on top). */
export function inProcessPair(pair: SimulatorPair): BenchPair {
  const { mplus } = pair
  return {
    mailchimp: pair.mailchimp,
    mplus: {
      port: mplus.port,
      ident: mplus.ident,
      secret: mplus.secret,
      requestCounts: () => Promise.resolve(mplus.requestCounts()),
      writeCounts: () => Promise.resolve(mplus.writeCounts()),
      resetCounts: () => Promise.resolve(mplus.resetCounts())
    },
    close: () => pair.close()
  }
}

/**
 * The back-fill's pair: Mailchimp in the bench's process, the till in a process of its own.
 * With both in one process, each page of 1 000 articles the till simulator built held that
 * process for about 110 ms, and Mailchimp's answers waited meanwhile: up to 10 requests held
 * past their latency at every page, a cost of the bench that the real API (another machine than
 * the till) does not have.
 */
export async function startBackfillPair(size: {
  products: number
  seed: number
  mailchimpLatencyMs: number
}): Promise<BenchPair> {
  const child = fork(await bundleScript(join(import.meta.dirname, 'mplus-process.ts')), [], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc']
  })
  const ask = tillAsker(child)
  const started = await ask({ kind: 'start', products: size.products, seed: size.seed })
  if (started.kind !== 'started') throw new Error('the till simulator did not start')
  const mailchimp = await startMailchimpSimulator({
    fixture: { members: 0, seed: size.seed },
    latencyMs: size.mailchimpLatencyMs
  })
  await addStores(mailchimp, [{ id: harnessStoreId, name: 'Kassabrug kassa' }])
  mailchimp.resetCounts()
  const counts = async () => {
    const reply = await ask({ kind: 'counts' })
    if (reply.kind !== 'counts') throw new Error('the till simulator did not count')
    return reply
  }
  return {
    mailchimp,
    mplus: {
      port: started.port,
      ident: started.ident,
      secret: started.secret,
      requestCounts: async () => (await counts()).requests,
      writeCounts: async () => (await counts()).writes,
      resetCounts: async () => void (await ask({ kind: 'reset' }))
    },
    close: async () => {
      await Promise.all([mailchimp.close(), ask({ kind: 'close' })])
    }
  }
}

/** One question at a time to the till's process, each answered in turn. */
function tillAsker(child: ChildProcess): (message: ToMplusProcess) => Promise<FromMplusProcess> {
  let queue: Promise<unknown> = Promise.resolve()
  return (message) => {
    const reply = queue.then(
      () =>
        new Promise<FromMplusProcess>((resolve, reject) => {
          const onExit = (code: number | null) =>
            reject(new Error(`the till simulator's process exited (${code})`))
          child.once('exit', onExit)
          child.once('message', (answer: FromMplusProcess) => {
            child.off('exit', onExit)
            resolve(answer)
          })
          child.send(message)
        })
    )
    queue = reply.catch(() => undefined)
    return reply
  }
}
