import { Worker } from 'node:worker_threads'
import type BetterSqlite3 from 'better-sqlite3'

/**
 * The worker's code: its own connection to the same file, checkpointing the write-ahead log
 * every `everyMs`. PASSIVE never waits for the app's connection: it copies what it can and
 * leaves the rest for the next time.
 */
const workerSource = `
const { parentPort, workerData } = require('node:worker_threads')
const Database = require(workerData.driver)
const db = new Database(workerData.path, { fileMustExist: true })
db.pragma('busy_timeout = 0')
const timer = setInterval(() => {
  try { db.pragma('wal_checkpoint(PASSIVE)') } catch (error) {
    parentPort.postMessage({ failed: String(error && error.message || error) })
  }
}, workerData.everyMs)
parentPort.on('message', () => {
  clearInterval(timer)
  db.close()
  parentPort.close()
})
`

export interface WalCheckpointer {
  /** Stops the worker and closes its connection (before the app's own connection closes). */
  stop(): Promise<void>
}

/**
 * Moves SQLite's checkpoints (copying the write-ahead log back into the database, fsync
 * included) off the event loop. By default SQLite checkpoints inside the commit that takes the
 * log past 1 000 pages, on the thread that commits: during a purge that was the longest block of
 * the event loop (hundreds of ms while the disk was busy). Here the app's connection never
 * checkpoints and a worker thread with its own connection does it every `everyMs`. Closing the
 * app's connection, last, still checkpoints and removes the log.
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
  worker.on('message', (message: { failed?: string }) => {
    if (message.failed) options.onError?.(message.failed)
  })
  worker.on('error', (error) => {
    // Without the worker, the app's connection checkpoints again as SQLite does by default.
    sqlite.pragma('wal_autocheckpoint = 1000')
    options.onError?.(error.message)
  })
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()))
  worker.unref()
  let stopped: Promise<void> | null = null
  return {
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
