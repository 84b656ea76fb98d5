import {
  closeSync,
  existsSync,
  fstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeSync
} from 'node:fs'
import { join } from 'node:path'
import type { DestinationStream } from 'pino'

export interface LogFileOptions {
  /** The user's log folder (Electron: app.getPath('logs')). */
  dir: string
  /** File name of the current log; older ones get .1, .2, … (newest first). */
  name: string
  /** Size at which the current file is rotated. */
  maxBytes?: number
  /** How many rotated files are kept beside the current one. */
  keep?: number
}

export const defaultLogFileName = 'kassabrug.log'
const defaultMaxBytes = 5 * 1024 * 1024
const defaultKeep = 4

/**
 * A pino destination that appends to a file in the log folder and rotates it by size, so a shop
 * PC that runs for years keeps a bounded, recent history. Writes are synchronous (like
 * pino.destination's default), so the last lines before a crash are on disk. What reaches it has
 * already passed the logger's redaction.
 */
export function createRotatingLogFile(options: LogFileOptions): DestinationStream & {
  close(): void
} {
  const maxBytes = options.maxBytes ?? defaultMaxBytes
  const keep = options.keep ?? defaultKeep
  mkdirSync(options.dir, { recursive: true })
  const path = join(options.dir, options.name)
  let fd = openSync(path, 'a')
  let size = fstatSync(fd).size

  function rotate(): void {
    closeSync(fd)
    rmSync(`${path}.${keep}`, { force: true })
    for (let index = keep - 1; index >= 1; index--) {
      if (existsSync(`${path}.${index}`)) renameSync(`${path}.${index}`, `${path}.${index + 1}`)
    }
    if (keep > 0) renameSync(path, `${path}.1`)
    else rmSync(path, { force: true })
    fd = openSync(path, 'a')
    size = 0
  }

  return {
    write(line: string) {
      const bytes = Buffer.byteLength(line)
      if (size > 0 && size + bytes > maxBytes) rotate()
      writeSync(fd, line)
      size += bytes
    },
    close: () => closeSync(fd)
  }
}

export interface LogFolderListing {
  folder: string
  files: Array<{ name: string; bytes: number; modifiedAt: number }>
  /** The last lines of the current file, oldest first. */
  tail: string[]
}

/**
 * What the Diagnostics page shows: the log folder, every log file in it (the core's and the
 * desktop host's, rotated ones included) and the newest lines of the core's current file.
 */
export function readLogFolder(dir: string, name: string, lines: number): LogFolderListing {
  const files = existsSync(dir)
    ? readdirSync(dir)
        .filter((file) => /\.log(\.\d+)?$/.test(file))
        .map((file) => {
          const stat = statSync(join(dir, file))
          return { name: file, bytes: stat.size, modifiedAt: Math.round(stat.mtimeMs) }
        })
        .sort((a, b) => b.modifiedAt - a.modifiedAt || a.name.localeCompare(b.name))
    : []
  const current = join(dir, name)
  const tail = existsSync(current)
    ? readFileSync(current, 'utf8').split('\n').filter(Boolean).slice(-lines)
    : []
  return { folder: dir, files, tail }
}
