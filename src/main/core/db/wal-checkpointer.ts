import { Worker } from 'node:worker_threads'
import type BetterSqlite3 from 'better-sqlite3'

/**
 * The worker's code: its own connection to the same file, checkpointing the write-ahead log
 * every `everyMs`, and at once when asked (answering when it is done). PASSIVE never waits for
 * the app's connection: it copies what it can and leaves the rest for the next time.
 */
const workerSource = `
const { parentPort, workerData } = require('node:worker_threads')
const Database = require(workerData.driver)
const db = new Database(workerData.path, { fileMustExist: true })
db.pragma('busy_timeout = 0')
const checkpoint = () => {
  try {
    const [result] = db.pragma('wal_checkpoint(PASSIVE)')
    return { frames: result.log, copied: result.checkpointed }
  } catch (error) {
    return { failed: String(error && error.message || error) }
  }
}
const timer = setInterval(() => {
  const result = checkpoint()
  if (result.failed) parentPort.postMessage(result)
}, workerData.everyMs)
parentPort.on('message', (message) => {
  if (message === 'checkpoint') return parentPort.postMessage({ answer: checkpoint() })
  clearInterval(timer)
  db.close()
  parentPort.close()
})
`

/** A checkpoint's outcome: the log's frames and how many of them are now in the database. */
export interface CheckpointResult {
  frames: number
  copied: number
}

export interface WalCheckpointer {
  /**
   * Checkpoints now, in the worker; settles when it is done (null when it failed). Background
   * work that writes a lot awaits this between its steps (see LogMaintenance), so that the log
   * is copied back while nothing writes and starts again from its beginning.
   */
  checkpoint(): Promise<CheckpointResult | null>
  /** Stops the worker and closes its connection (before the app's own connection closes). */
  stop(): Promise<void>
}

/**
 * Moves SQLite's checkpoints (copying the write-ahead log back into the database, fsync
 * included) off the event loop. By default SQLite checkpoints inside the commit that takes the
 * log past 1 000 pages, on the thread that commits: during a purge that was the longest block of
 * the event loop (hundreds of ms while the disk was busy). Here the app's connection never
 * checkpoints and a worker thread with its own connection does it every `everyMs`, or when
 * asked. Closing the app's connection, last, still checkpoints and removes the log.
 */
export function checkpointInBackground(
  sqlite: BetterSqlite3.Database,
  path: string,
  options: { everyMs?: number; onError?: (message: string) => void } = {}
): WalCheckpointer {
  const worker = new Worker(workerSource, {
    eval: true,
    workerData: { driver: require.resolve('better-sqlite3'), path, everyMs: options.everyMs ?? 500 }
  })
  sqlite.pragma('wal_autocheckpoint = 0')
  // The worker answers requests in the order they came.
  const waiting: ((result: CheckpointResult | null) => void)[] = []
  let alive = true
  const answerAll = () => waiting.splice(0).forEach((answer) => answer(null))
  worker.on(
    'message',
    (message: { failed?: string; answer?: CheckpointResult & { failed?: string } }) => {
      const failed = message.failed ?? message.answer?.failed
      if (failed) options.onError?.(failed)
      if (message.answer) waiting.shift()?.(failed ? null : message.answer)
    }
  )
  worker.on('error', (error) => {
    // Without the worker, the app's connection checkpoints again as SQLite does by default.
    alive = false
    sqlite.pragma('wal_autocheckpoint = 1000')
    answerAll()
    options.onError?.(error.message)
  })
  const exited = new Promise<void>((resolve) =>
    worker.once('exit', () => {
      alive = false
      answerAll()
      resolve()
    })
  )
  worker.unref()
  let stopped: Promise<void> | null = null
  return {
    checkpoint() {
      if (!alive || stopped) return Promise.resolve(null)
      return new Promise((resolve) => {
        waiting.push(resolve)
        worker.postMessage('checkpoint')
      })
    },
    stop() {
      stopped ??= (async () => {
        sqlite.pragma('wal_autocheckpoint = 1000')
        // Held until it has closed its connection: an unref'd worker would let the process
        // exit while close() waits for it.
        worker.ref()
        worker.postMessage('stop')
        await exited
      })()
      return stopped
    }
  }
}
