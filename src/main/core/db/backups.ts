import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync
} from 'node:fs'
import { basename, dirname, join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import type { BackupInfo, BackupReason } from '../../../shared/contract'
import { backupReasons } from '../../../shared/contract'
import { inspectDatabaseFiles, type DatabaseDamageFinding } from './database-file-check'

/** How many backups the data folder keeps; the oldest beyond this are removed. */
export const backupGenerations = 7

const backupName = /^kassabrug-(\d{8}T\d{9})Z-([a-z-]+)\.sqlite$/

export function backupFolder(databasePath: string): string {
  return join(dirname(databasePath), 'backups')
}

function stamp(at: number): string {
  return new Date(at).toISOString().replace(/[-:.]/g, '').replace('Z', '')
}

function parseStamp(text: string): number {
  const [, y, mo, d, h, mi, s, ms] = /^(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)(\d\d)(\d{3})$/.exec(text)!
  return Date.UTC(+y, +mo - 1, +d, +h, +mi, +s, +ms)
}

/** The backups in the data folder, newest first. */
export function listBackups(databasePath: string): BackupInfo[] {
  const folder = backupFolder(databasePath)
  if (!existsSync(folder)) return []
  return readdirSync(folder)
    .flatMap((name) => {
      const match = backupName.exec(name)
      if (!match || !(backupReasons as readonly string[]).includes(match[2])) return []
      const file = join(folder, name)
      return [
        {
          file,
          reason: match[2] as BackupReason,
          createdAt: parseStamp(match[1]),
          bytes: statSync(file).size
        }
      ]
    })
    .sort((a, b) => b.createdAt - a.createdAt || b.file.localeCompare(a.file))
}

export function newestBackup(databasePath: string): BackupInfo | null {
  return listBackups(databasePath)[0] ?? null
}

/**
 * Problems with a database file (a backup, or the database for `kassabrug db check`) before it is
 * trusted: the same byte checks as at open, then SQLite's quick (or full) check on a read-only
 * handle, which changes nothing. Null when it is sound.
 */
export function checkDatabaseFile(file: string, full = false): DatabaseDamageFinding | null {
  if (!existsSync(file)) return { kind: 'empty', file, detail: 'the file does not exist' }
  const finding = inspectDatabaseFiles(file)
  if (finding) return finding
  try {
    const copy = new BetterSqlite3(file, { readonly: true, fileMustExist: true })
    try {
      const result = quickCheck(copy, full)
      return result === null ? null : { kind: 'malformed', file, detail: result }
    } finally {
      copy.close()
    }
  } catch (error) {
    const code = (error as { code?: unknown }).code
    return {
      kind: code === 'SQLITE_CORRUPT' ? 'malformed' : 'not-a-database',
      file,
      detail: String(error)
    }
  }
}

/** SQLite's quick_check (or full integrity_check); null when it says ok, else its first lines. */
export function quickCheck(
  sqlite: BetterSqlite3.Database,
  full: boolean,
  /** Only this table and its indexes (a name from sqlite_schema); the whole file by default. */
  table?: string
): string | null {
  const scope = table === undefined ? '20' : `"${table.replaceAll('"', '""')}"`
  const rows = sqlite.pragma(full ? `integrity_check(${scope})` : `quick_check(${scope})`, {
    simple: false
  }) as Record<string, string>[]
  const lines = rows.map((row) => Object.values(row)[0])
  return lines.length === 1 && lines[0] === 'ok' ? null : lines.join('; ')
}

/**
 * Copies the open database with SQLite's online backup API (readers and writers carry on),
 * checks the copy, and only then gives it its final name; then prunes old generations.
 */
export async function createBackup(
  sqlite: BetterSqlite3.Database,
  databasePath: string,
  reason: BackupReason,
  at: number
): Promise<BackupInfo> {
  const folder = backupFolder(databasePath)
  mkdirSync(folder, { recursive: true })
  const file = join(folder, `kassabrug-${stamp(at)}Z-${reason}.sqlite`)
  const partial = `${file}.partial`
  rmSync(partial, { force: true })
  await sqlite.backup(partial)
  const problem = checkDatabaseFile(partial)
  if (problem) {
    rmSync(partial, { force: true })
    throw new Error(`The backup copy failed its check: ${problem.detail}`)
  }
  renameSync(partial, file)
  for (const old of listBackups(databasePath).slice(backupGenerations)) {
    rmSync(old.file, { force: true })
  }
  return { file, reason, createdAt: at, bytes: statSync(file).size }
}

/**
 * Puts a backup in place of a database that is not open (the CLI, or the desktop app before
 * start-up). The current files are moved aside, never deleted: `<name>.replaced-<time>`.
 */
export function restoreBackupFile(
  databasePath: string,
  backupFile: string,
  at: number
): { setAside: string | null } {
  const problem = checkDatabaseFile(backupFile)
  if (problem) throw new BackupUnusableError(problem)
  let setAside: string | null = null
  if (existsSync(databasePath)) {
    setAside = `${databasePath}.replaced-${stamp(at)}Z`
    for (const suffix of ['', '-wal', '-shm']) {
      if (existsSync(databasePath + suffix)) renameSync(databasePath + suffix, setAside + suffix)
    }
  } else {
    for (const suffix of ['-wal', '-shm']) rmSync(databasePath + suffix, { force: true })
  }
  copyFileSync(backupFile, databasePath)
  return { setAside }
}

export class BackupUnusableError extends Error {
  constructor(readonly finding: DatabaseDamageFinding) {
    super(`The backup ${basename(finding.file)} cannot be used: ${finding.detail}`)
    this.name = 'BackupUnusableError'
  }
}
