import pino, { type Logger } from 'pino'

export type { Logger }

/**
 * Paths that may hold secrets anywhere in a log object. Connectors also redact URLs and messages
 * themselves; this is the second fence.
 */
export const redactedPaths = [
  'apiKey',
  'secret',
  'password',
  'authorization',
  'headers.authorization',
  'headers.Authorization',
  '*.apiKey',
  '*.secret',
  '*.password',
  '*.authorization',
  'config.auth'
]

export function createLogger(
  options: { level?: string; destination?: pino.DestinationStream } = {}
): Logger {
  return pino(
    { level: options.level ?? 'info', redact: { paths: redactedPaths, censor: '[redacted]' } },
    options.destination
  )
}

export const silentLogger: Logger = pino({ level: 'silent' })
