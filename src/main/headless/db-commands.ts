import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Command } from 'commander'
import type { Core } from '../core/create-core'
import { databaseFileName } from '../core/create-core'
import { checkDatabaseFile, newestBackup, restoreBackupFile } from '../core/db/backups'
import { DatabaseDamagedError } from '../core/db/database-damaged-error'
import { describeDatabaseDamage } from '../database-damage-text'
import { resolveDataDir } from './data-dir'

type OpenCore = (dataDir: string | undefined) => Promise<Core>

function write(line: string): void {
  process.stdout.write(`${line}\n`)
}

/** The damage in plain words for the terminal, with the command that puts the backup back. */
export function databaseDamageForTerminal(error: DatabaseDamagedError): string {
  const { title, lines } = describeDatabaseDamage(error, 'en', { restoreButton: false })
  const restore = error.newestBackup
    ? [
        'Put the newest backup back with: kassabrug db restore' +
          ' (the damaged file is kept next to it, renamed).'
      ]
    : []
  return [`${title}.`, ...lines, ...restore].join('\n')
}

/** `kassabrug db backup|restore [FILE]|check [--full]`. */
export function registerDbCommands(program: Command, open: OpenCore): void {
  const db = program.command('db').description('check, back up or restore the database')
  const dataDirOption = ['-d, --data-dir <folder>', 'folder for the database'] as const
  const databasePath = (dataDir: string | undefined) =>
    join(resolveDataDir(dataDir), databaseFileName)

  db.command('check')
    .description('check the database (SQLite quick check; --full for the full integrity check)')
    .option('--full', 'run the full integrity check (slower)')
    .option(...dataDirOption)
    .action((options: { full?: boolean; dataDir?: string }) => {
      const path = databasePath(options.dataDir)
      if (!existsSync(path)) {
        write(`There is no database at ${path} yet.`)
        return
      }
      const damage = checkDatabaseFile(path, options.full === true)
      if (damage) {
        write(databaseDamageForTerminal(new DatabaseDamagedError(damage, path, newestBackup(path))))
        process.exitCode = 1
        return
      }
      write(`${path}: ${options.full ? 'full integrity check' : 'quick check'} ok.`)
      const backup = newestBackup(path)
      write(backup ? `Newest backup: ${backup.file}` : 'There is no backup yet.')
    })

  db.command('backup')
    .description('make a backup now (in the data folder’s backups/ folder)')
    .option(...dataDirOption)
    .action(async (options: { dataDir?: string }) => {
      const core = await open(options.dataDir)
      try {
        const made = await core.call('db.backup')
        write(`Backup made: ${made.file} (${made.bytes} bytes).`)
      } finally {
        await core.close()
      }
    })

  db.command('restore')
    .description(
      'put a backup back in place of the database (default: the newest); stop Kassabrug first'
    )
    .argument('[file]', 'the backup file to restore')
    .option(...dataDirOption)
    .action(async (file: string | undefined, options: { dataDir?: string }) => {
      const path = databasePath(options.dataDir)
      const chosen = file === undefined ? newestBackup(path)?.file : resolve(file)
      if (!chosen)
        throw new Error(
          `there is no backup in ${join(resolveDataDir(options.dataDir), 'backups')}.`
        )
      if (!existsSync(chosen)) throw new Error(`there is no file ${chosen}.`)
      const { setAside } = restoreBackupFile(path, chosen, Date.now())
      write(`Restored ${chosen} to ${path}.`)
      if (setAside) write(`The previous database is kept as ${setAside}.`)
      // Opening applies any migration the backup predates and proves the result is sound.
      const core = await open(options.dataDir)
      await core.close()
      write('The restored database opens and passes the quick check.')
    })
}
