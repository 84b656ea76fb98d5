/** Table types for kysely. Each migration that adds a table adds its row type here. */
export interface SettingsTable {
  key: string
  value_json: string
  updated_at: number
}

export interface Database {
  settings: SettingsTable
}
