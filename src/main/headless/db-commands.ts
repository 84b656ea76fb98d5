import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Command } from 'commander'
import type { Core } from '../core/create-core'
import { databaseFileName } from '../core/create-core'
import { checkDatabaseFile, newestBackup, restoreBackupFile } from '../core/db/backups'
import { DatabaseDamagedError } from '../core/db/database-damaged-error'
import { describeDatabaseDamage, type DamageLanguage } from '../database-damage-text'
import { hostWords, type Translate } from '../host-words'
import { dataDirOption } from './cli-words'
import { resolveDataDir } from './data-dir'

type OpenCore = (dataDir: string | undefined) => Promise<Core>
/** `--lang`, else English: these commands work on a database whose settings may not be readable. */
type LanguageOf = () => DamageLanguage

function write(line: string): void {
  process.stdout.write(`${line}\n`)
}

/** The damage in plain words for the terminal, with the command that puts the backup back. */
export function databaseDamageForTerminal(
  error: DatabaseDamagedError,
  language: DamageLanguage
): string {
  const { title, lines } = describeDatabaseDamage(error, language, { restoreButton: false })
  return [`${title}.`, ...lines].join('\n')
}

/** `kassabrug db backup|restore [FILE]|check [--full]`; `help` words the help. */
export function registerDbCommands(
  program: Command,
  help: Translate,
  open: OpenCore,
  languageOf: LanguageOf
): void {
  const t = (key: string, values?: Record<string, unknown>) => hostWords(languageOf())(key, values)
  const db = program.command('db').description(help('cli.help.db'))
  const databasePath = (dataDir: string | undefined) =>
    join(resolveDataDir(dataDir), databaseFileName)

  db.command('check')
    .description(help('cli.help.dbCheck'))
    .option('--full', help('cli.help.full'))
    .option(...dataDirOption(help))
    .action((options: { full?: boolean; dataDir?: string }) => {
      const path = databasePath(options.dataDir)
      if (!existsSync(path)) {
        write(t('cli.db.noDatabase', { path }))
        return
      }
      const damage = checkDatabaseFile(path, options.full === true)
      if (damage) {
        const error = new DatabaseDamagedError(damage, path, newestBackup(path))
        write(databaseDamageForTerminal(error, languageOf()))
        process.exitCode = 1
        return
      }
      write(t(options.full ? 'cli.db.fullCheckOk' : 'cli.db.quickCheckOk', { path }))
      const backup = newestBackup(path)
      write(backup ? t('cli.db.newestBackup', { file: backup.file }) : t('cli.db.noBackupYet'))
    })

  db.command('backup')
    .description(help('cli.help.dbBackup'))
    .option(...dataDirOption(help))
    .action(async (options: { dataDir?: string }) => {
      const core = await open(options.dataDir)
      try {
        const made = await core.call('db.backup')
        write(t('cli.db.backupMade', { file: made.file, bytes: made.bytes }))
      } finally {
        await core.close()
      }
    })

  db.command('restore')
    .description(help('cli.help.dbRestore'))
    .argument(`[${help('cli.help.values.file')}]`, help('cli.help.restoreFile'))
    .option(...dataDirOption(help))
    .action(async (file: string | undefined, options: { dataDir?: string }) => {
      const path = databasePath(options.dataDir)
      const chosen = file === undefined ? newestBackup(path)?.file : resolve(file)
      if (!chosen)
        throw new Error(
          t('cli.db.noBackupIn', { folder: join(resolveDataDir(options.dataDir), 'backups') })
        )
      if (!existsSync(chosen)) throw new Error(t('cli.db.noFile', { file: chosen }))
      const { setAside } = restoreBackupFile(path, chosen, Date.now())
      write(t('cli.db.restored', { file: chosen, path }))
      if (setAside) write(t('cli.db.keptAs', { file: setAside }))
      // Opening applies any migration the backup predates and proves the result is sound.
      const core = await open(options.dataDir)
      await core.close()
      write(t('cli.db.restoredOpens'))
    })
}
