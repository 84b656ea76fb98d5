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
import { hostWords } from '../host-words'
import { formatStatus, keychainAdvice, syncStateText } from './status-report'

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
  const advice = keychainAdvice(await core.call('app.status'))
  if (advice) process.stderr.write(`${advice}\n`)
  process.stdout.write(`Kassabrug is running at ${server.url}\n`)
  process.stdout.write('Open that address in a browser on this computer. Press Ctrl+C to stop.\n')
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
    const [current, sync, settings] = await Promise.all([
      core.call('app.status'),
      core.call('sync.status'),
      core.call('settings.get')
    ])
    const text = options.json
      ? JSON.stringify(
          { ...current, sync: { state: sync.state, notSetUp: sync.notSetUp } },
          null,
          2
        )
      : `${formatStatus(current)}\nSync:             ${syncStateText(sync, hostWords(settings.language))}`
    process.stdout.write(`${text}\n`)
  } finally {
    await core.close()
  }
}

const program = new Command()
  .name('kassabrug')
  .description('Keeps an MplusKASSA point-of-sale and a Mailchimp account in sync.')
  .version(packageVersion())

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

registerSyncCommands(program, (dataDir) =>
  openCore(dataDir, createLogger({ level: 'warn', destination: pino.destination(2) }))
)

registerDbCommands(program, (dataDir) => openCore(dataDir, createLogger({ level: 'silent' })))

program.parseAsync(process.argv).catch((error: unknown) => {
  if (error instanceof DatabaseDamagedError) {
    process.stderr.write(`${databaseDamageForTerminal(error)}\n`)
    process.exit(2)
  }
  process.stderr.write(`kassabrug: ${error instanceof Error ? error.message : String(error)}\n`)
  process.exit(1)
})
