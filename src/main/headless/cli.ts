import { join } from 'node:path'
import { Command, InvalidArgumentError } from 'commander'
import pino from 'pino'
import { createCore, type Core } from '../core/create-core'
import { createFlowsFactory } from '../core/flows/create-flows'
import { createLogger, type Logger } from '../core/logger'
import { KeychainSecretStore } from '../core/secrets/keychain-store'
import { readRuntimeSecrets } from '../core/secrets/runtime-secrets'
import { DatabaseDamagedError } from '../core/db/database-damaged-error'
import { resolveDataDir } from './data-dir'
import { databaseDamageForTerminal, registerDbCommands } from './db-commands'
import { packageVersion } from './package-version'
import { startServer } from './server'
import { registerSyncCommands } from './sync-commands'
import { hostWords, type Translate } from '../host-words'
import { languages, type Settings } from '../../shared/contract'
import { formatStatus, keychainAdvice } from './status-report'

const dataDirHelp =
  'folder for the database (default: $KASSABRUG_DATA_DIR or the OS app-data folder)'

async function openCore(dataDirFlag: string | undefined, logger: Logger): Promise<Core> {
  return createCore({
    dataDir: resolveDataDir(dataDirFlag),
    secrets: new KeychainSecretStore(),
    runtimeSecrets: readRuntimeSecrets(process.env),
    version: packageVersion(),
    logger,
    flows: createFlowsFactory()
  })
}

function parseLanguage(value: string): Settings['language'] {
  if (!(languages as readonly string[]).includes(value))
    throw new InvalidArgumentError(`one of ${languages.join(', ')}.`)
  return value as Settings['language']
}

/** The words to print in: `--lang`, else the language chosen in Settings (Dutch by default). */
async function wordsOf(core: Core): Promise<Translate> {
  const chosen = program.opts<{ lang?: Settings['language'] }>().lang
  return hostWords(chosen ?? (await core.call('settings.get')).language)
}

function parsePort(value: string): number {
  const port = Number(value)
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new InvalidArgumentError('a port is a whole number from 0 to 65535 (0 picks a free one).')
  }
  return port
}

async function serve(options: { port: number; dataDir?: string }): Promise<void> {
  // Logs go to stderr so stdout carries only the address (scripts and tests read it).
  const logger = createLogger({ destination: pino.destination(2) })
  const core = await openCore(options.dataDir, logger)
  const server = await startServer({
    core,
    port: options.port,
    rendererDir: join(__dirname, '..', 'renderer')
  }).catch(async (error: NodeJS.ErrnoException) => {
    await core.close()
    if (error.code !== 'EADDRINUSE') throw error
    throw new Error(
      `port ${options.port} on 127.0.0.1 is already in use; choose another with --port, or --port 0 for a free one.`
    )
  })
  // Schedules start only once the UI can be reached, so a first run's events have a listener.
  await core.start()
  const t = await wordsOf(core)
  const advice = keychainAdvice(await core.call('app.status'), t)
  if (advice) process.stderr.write(`${advice}\n`)
  process.stdout.write(`${t('cli.serving', { url: server.url })}\n`)
  let stopping = false
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) return
    stopping = true
    logger.info({ signal }, 'stopping')
    void server
      .close()
      .then(() => core.close())
      .then(() => process.exit(0))
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}

async function status(options: { dataDir?: string; json?: boolean }): Promise<void> {
  const core = await openCore(options.dataDir, createLogger({ level: 'silent' }))
  try {
    const [current, sync] = await Promise.all([core.call('app.status'), core.call('sync.status')])
    const text = options.json
      ? JSON.stringify(
          { ...current, sync: { state: sync.state, notSetUp: sync.notSetUp } },
          null,
          2
        )
      : formatStatus(current, sync, await wordsOf(core))
    process.stdout.write(`${text}\n`)
  } finally {
    await core.close()
  }
}

const program = new Command()
  .name('kassabrug')
  .description('Keeps an MplusKASSA point-of-sale and a Mailchimp account in sync.')
  .version(packageVersion())
  .option(
    '-l, --lang <language>',
    `print in this language (${languages.join(', ')}; default: the one chosen in Settings)`,
    parseLanguage
  )

program
  .command('serve')
  .description('serve the Kassabrug web interface on 127.0.0.1 (for a machine without a desktop)')
  .option('-p, --port <port>', 'port to listen on (0 picks a free one)', parsePort, 0)
  .option('-d, --data-dir <folder>', dataDirHelp)
  .action(serve)

program
  .command('status')
  .description('print the version, data folder, database, keychain and connection state')
  .option('-d, --data-dir <folder>', dataDirHelp)
  .option('--json', 'print as JSON')
  .action(status)

registerSyncCommands(
  program,
  (dataDir) => openCore(dataDir, createLogger({ level: 'warn', destination: pino.destination(2) })),
  wordsOf
)

registerDbCommands(
  program,
  (dataDir) => openCore(dataDir, createLogger({ level: 'silent' })),
  () => program.opts<{ lang?: Settings['language'] }>().lang ?? 'en'
)

program.parseAsync(process.argv).catch((error: unknown) => {
  if (error instanceof DatabaseDamagedError) {
    // The settings (and their language) are in the damaged database: English unless --lang.
    const language = program.opts<{ lang?: Settings['language'] }>().lang ?? 'en'
    process.stderr.write(`${databaseDamageForTerminal(error, language)}\n`)
    process.exit(2)
  }
  process.stderr.write(`kassabrug: ${error instanceof Error ? error.message : String(error)}\n`)
  process.exit(1)
})
