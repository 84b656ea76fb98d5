import { join } from 'node:path'
import { InvalidArgumentError } from 'commander'
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
import { CoreError, languages, secretsFileVariable, type Settings } from '../../shared/contract'
import { codeWords } from '../../shared/code-words'
import { formatStatus, keychainAdvice } from './status-report'
import { commandLineWords, dataDirOption, wordedProgram } from './cli-words'

/** The help's and argument errors' words (before any Settings are read): --lang, else the locale. */
const help = commandLineWords()

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
    throw new InvalidArgumentError(help('cli.errors.language', { languages: languages.join(', ') }))
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
    throw new InvalidArgumentError(help('cli.errors.port'))
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
    throw new Error(help('cli.errors.portInUse', { port: options.port }))
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

/** The last word on a failed run: ours in words (a runtime secrets file refused by name). */
function failureText(error: unknown): string {
  if (!(error instanceof CoreError)) return error instanceof Error ? error.message : String(error)
  const problem = error.params?.secretsFile
  if (typeof problem === 'string')
    return help(`cli.secretsFile.${problem}`, { ...error.params, variable: secretsFileVariable })
  // Another refusal of the core in words, its own sentence the detail.
  return `${codeWords(help).error(error)} (${error.message})`
}

const program = wordedProgram(help)
  .name('kassabrug')
  .description(help('cli.help.program'))
  .version(packageVersion(), '-V, --version', help('cli.help.version'))
  .option(
    `-l, --lang <${help('cli.help.values.language')}>`,
    help('cli.help.lang', { languages: languages.join(', ') }),
    parseLanguage
  )

program
  .command('serve')
  .description(help('cli.help.serve'))
  .option(`-p, --port <${help('cli.help.values.port')}>`, help('cli.help.port'), parsePort, 0)
  .option(...dataDirOption(help))
  .action(serve)

program
  .command('status')
  .description(help('cli.help.status'))
  .option(...dataDirOption(help))
  .option('--json', help('cli.help.json'))
  .action(status)

registerSyncCommands(
  program,
  help,
  (dataDir) => openCore(dataDir, createLogger({ level: 'warn', destination: pino.destination(2) })),
  wordsOf
)

registerDbCommands(
  program,
  help,
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
  process.stderr.write(`kassabrug: ${failureText(error)}\n`)
  process.exit(1)
})
