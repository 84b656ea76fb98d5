import { z } from 'zod'
import { defineCall } from './define'
import { Settings, SettingsPatch } from './settings'

export const connectionIds = ['mailchimp', 'mplus'] as const
export const ConnectionId = z.enum(connectionIds)
export type ConnectionId = z.infer<typeof ConnectionId>

/** Why the keychain cannot be used: none running (no D-Bus session, no Secret Service), locked, other. */
export const keychainProblems = ['no-service', 'locked', 'unusable'] as const
export const KeychainProblem = z.enum(keychainProblems)
export type KeychainProblem = z.infer<typeof KeychainProblem>

export const KeychainStatus = z.object({
  available: z.boolean(),
  backend: z.enum(['keychain', 'memory']),
  /** The kind of failure when not available; the renderer and the CLI word it. */
  problem: KeychainProblem.nullable(),
  /** The underlying error, for the technically minded (not translated). */
  reason: z.string().nullable()
})

/**
 * Where a connection's credential comes from: the keychain (or the demo's memory store), or given
 * at run time through an environment variable or the secrets file; null = none yet.
 */
export const SecretSource = z.enum(['keychain', 'memory', 'environment', 'file'])
export type SecretSource = z.infer<typeof SecretSource>

/** The environment variables that give a credential at run time (read-only, never written). */
export const secretEnvironmentVariables: Record<ConnectionId, string> = {
  mailchimp: 'KASSABRUG_MAILCHIMP_API_KEY',
  mplus: 'KASSABRUG_MPLUS_SECRET'
}
/** Names a file of the same `NAME=value` lines, readable by its owner only. */
export const secretsFileVariable = 'KASSABRUG_SECRETS_FILE'

export const SecretsStatus = z.object({
  keychain: KeychainStatus,
  stored: z.record(ConnectionId, z.boolean()),
  sources: z.record(ConnectionId, SecretSource.nullable())
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
  secretSources: z.record(ConnectionId, SecretSource.nullable()),
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
