import { CoreError, type BackupInfo } from '../../../shared/contract'
import type { DatabaseDamageFinding } from './database-file-check'

/**
 * Kassabrug stops rather than open (or replace) a damaged database. The parameters say which
 * file, what is wrong and which backup could take its place; the hosts put that into words.
 */
export class DatabaseDamagedError extends CoreError {
  constructor(
    readonly damage: DatabaseDamageFinding,
    readonly database: string,
    readonly newestBackup: BackupInfo | null
  ) {
    super('database-damaged', `${damage.kind}: ${damage.file}: ${damage.detail}`)
    this.name = 'DatabaseDamagedError'
  }
}
