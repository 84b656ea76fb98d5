import { z } from 'zod'
import { defineCall } from './define'
import { Settings, SettingsPatch } from './settings'

export const connectionIds = ['mailchimp', 'mplus'] as const
export const ConnectionId = z.enum(connectionIds)
export type ConnectionId = z.infer<typeof ConnectionId>

export const KeychainStatus = z.object({
  available: z.boolean(),
  backend: z.enum(['keychain', 'memory']),
  /** Why the keychain cannot be used, in words a shop owner can act on. */
  reason: z.string().nullable()
})

export const SecretsStatus = z.object({
  keychain: KeychainStatus,
  stored: z.record(ConnectionId, z.boolean())
})

export const AppStatus = z.object({
  version: z.string(),
  dataDir: z.string(),
  database: z.object({
    path: z.string(),
    schemaVersion: z.int(),
    latestMigration: z.string().nullable()
  }),
  keychain: KeychainStatus,
  connections: z.record(
    ConnectionId,
    z.object({ configured: z.boolean(), missing: z.array(z.string()) })
  )
})
export type AppStatus = z.infer<typeof AppStatus>

const NoInput = z.object({}).strict().default({})

export const LogFiles = z.object({
  /** The log folder; null when this host logs to the terminal only (`kassabrug` commands). */
  folder: z.string().nullable(),
  files: z.array(z.object({ name: z.string(), bytes: z.int().min(0), modifiedAt: z.int() })),
  /** The newest lines of the current log file (JSON lines, secrets already redacted). */
  tail: z.array(z.string())
})
export type LogFiles = z.infer<typeof LogFiles>

export const appCalls = {
  'app.status': defineCall(
    NoInput,
    AppStatus,
    'Version, data folder, database and keychain state.'
  ),
  'app.logs': defineCall(
    z
      .object({ lines: z.int().min(0).max(1000).default(200) })
      .strict()
      .default({ lines: 200 }),
    LogFiles,
    'Where the log files are, their sizes and the newest lines (the Diagnostics page).'
  ),
  'settings.get': defineCall(NoInput, Settings, 'The current settings.'),
  'settings.update': defineCall(
    SettingsPatch,
    Settings,
    'Merge a partial update; returns the result.'
  ),
  'secrets.status': defineCall(
    NoInput,
    SecretsStatus,
    'Whether the keychain works and what it holds.'
  ),
  'secrets.set': defineCall(
    z.object({ connection: ConnectionId, secret: z.string().min(1).max(4096) }).strict(),
    SecretsStatus,
    'Store a connection secret in the OS keychain (refused when there is none).'
  ),
  'secrets.clear': defineCall(
    z.object({ connection: ConnectionId }).strict(),
    SecretsStatus,
    'Forget a connection secret.'
  )
}
