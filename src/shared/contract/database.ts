import { z } from 'zod'
import { defineCall } from './define'

/** Why a backup was made: the daily one, before a schema migration, on request, before a restore. */
export const backupReasons = ['daily', 'pre-migration', 'manual', 'pre-restore'] as const
export const BackupReason = z.enum(backupReasons)
export type BackupReason = z.infer<typeof BackupReason>

export const BackupInfo = z.object({
  /** Absolute path of the copy in the data folder's backups/ folder. */
  file: z.string(),
  reason: BackupReason,
  createdAt: z.int(),
  bytes: z.int().min(0)
})
export type BackupInfo = z.infer<typeof BackupInfo>

export const DatabaseStatus = z.object({
  path: z.string(),
  backupFolder: z.string(),
  /** Newest first; the folder keeps a few generations. */
  backups: z.array(BackupInfo)
})
export type DatabaseStatus = z.infer<typeof DatabaseStatus>

export const DatabaseCheckResult = z.object({
  full: z.boolean(),
  ok: z.boolean(),
  /** SQLite's own report when not ok (first lines), else null. */
  detail: z.string().nullable()
})

export const databaseCalls = {
  'db.status': defineCall(
    z.object({}).strict().default({}),
    DatabaseStatus,
    'The database file and its backups (newest first).'
  ),
  'db.backup': defineCall(
    z.object({}).strict().default({}),
    BackupInfo,
    'Make a backup now with SQLite’s online backup API.'
  ),
  'db.restore': defineCall(
    z
      .object({
        /** One of the files db.status lists; omitted means the newest. */
        file: z.string().min(1).max(4096).optional()
      })
      .strict()
      .default({}),
    z.object({ restored: BackupInfo, safetyCopy: BackupInfo }),
    'Put a backup back in place (a safety copy of the current state is made first); refused while a sync runs.'
  ),
  'db.check': defineCall(
    z
      .object({ full: z.boolean().default(false) })
      .strict()
      .default({ full: false }),
    DatabaseCheckResult,
    'SQLite’s quick check, or the full integrity check.'
  )
}
