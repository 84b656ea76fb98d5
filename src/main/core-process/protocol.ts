import { z } from 'zod'
import { BackupInfo, type Reply } from '../../shared/contract'
import { databaseDamageKinds } from '../core/db/database-file-check'

/**
 * The messages between Electron's main process and the utility process that runs the core. Main
 * only relays: a window's call goes to the core as `call` and its `reply` comes back by id; the
 * core's events come as `event`. Both sides check what they receive with these schemas.
 */
export const CoreStartOptions = z.object({
  dataDir: z.string().min(1),
  logDir: z.string().min(1),
  version: z.string().min(1),
  /**
   * Put this backup in the database's place before opening it (the owner chose it after a damaged
   * database was reported). Done here, not in main: checking a backup needs SQLite.
   */
  restoreBackupFile: z.string().min(1).optional()
})
export type CoreStartOptions = z.infer<typeof CoreStartOptions>

export const ToCore = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('start'), options: CoreStartOptions }),
  z.object({ kind: z.literal('call'), id: z.int(), name: z.string(), input: z.unknown() }),
  /** Start the schedules (once the window and tray are up) or catch up after sleep. */
  z.object({ kind: z.literal('schedules'), action: z.enum(['start', 'resume']) }),
  /** Quit: let the running write finish and its checkpoint save, close the database, answer. */
  z.object({ kind: z.literal('close') })
])
export type ToCore = z.infer<typeof ToCore>

const ReplyEnvelope = z.union([
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({
    ok: z.literal(false),
    error: z.object({ code: z.string(), message: z.string() }).loose()
  })
])

export const FromCore = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('ready') }),
  z.object({
    kind: z.literal('failed'),
    message: z.string(),
    /** A damaged database, so main can offer the newest backup (DatabaseDamagedError's fields). */
    damage: z
      .object({
        finding: z.object({
          kind: z.enum(databaseDamageKinds),
          file: z.string(),
          detail: z.string()
        }),
        database: z.string(),
        newestBackup: BackupInfo.nullable()
      })
      .optional()
  }),
  z.object({ kind: z.literal('reply'), id: z.int(), reply: ReplyEnvelope }),
  z.object({ kind: z.literal('event'), event: z.unknown() }),
  z.object({ kind: z.literal('closed') })
])
export type FromCore =
  | Exclude<z.infer<typeof FromCore>, { kind: 'reply' }>
  | { kind: 'reply'; id: number; reply: Reply<unknown> }

/** One end of a message channel: Electron's parentPort / UtilityProcess, or a Node child's IPC. */
export interface MessagePortLike<Out> {
  postMessage(message: Out): void
  onMessage(listener: (message: unknown) => void): void
}
