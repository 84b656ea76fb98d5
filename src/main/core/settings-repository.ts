import type { Kysely } from 'kysely'
import {
  CoreError,
  defaultSettings,
  mergeSettings,
  type Settings,
  type SettingsPatch
} from '../../shared/contract'
import type { Clock } from './clock'
import type { Database } from './db/schema'

const settingsKey = 'app'

/** Settings as one validated JSON document in SQLite (no secrets: those are in the keychain). */
export class SettingsRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly clock: Clock
  ) {}

  async get(): Promise<Settings> {
    const row = await this.db
      .selectFrom('settings')
      .select('value_json')
      .where('key', '=', settingsKey)
      .executeTakeFirst()
    if (!row) return defaultSettings
    // Defaults fill fields added after the row was written; fields no longer known are dropped
    // (mergeSettings parses with zod, which strips unknown keys).
    try {
      return mergeSettings(defaultSettings, JSON.parse(row.value_json) as SettingsPatch)
    } catch (error) {
      throw new CoreError(
        'conflict',
        `The stored settings cannot be read (${String(error)}).`,
        undefined,
        {
          cause: error
        }
      )
    }
  }

  async update(patch: SettingsPatch): Promise<Settings> {
    const current = await this.get()
    const next = mergeSettings(current, patch)
    const value_json = JSON.stringify(next)
    const updated_at = this.clock.now()
    await this.db
      .insertInto('settings')
      .values({ key: settingsKey, value_json, updated_at })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value_json, updated_at }))
      .execute()
    return next
  }
}
