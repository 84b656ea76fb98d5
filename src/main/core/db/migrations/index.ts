import type { Migration } from 'kysely/migration'
import * as m0001 from './0001-settings'
import * as m0002 from './0002-sync-engine'
import * as m0003 from './0003-mappings'
import * as m0005 from './0005-outcomes-and-run-hooks'

/**
 * Every migration the app ships, in order. Supplied in code because scanning a folder breaks
 * inside a packaged (asar) app. Names sort in the order they must run.
 */
export const shippedMigrations: Record<string, Migration> = {
  '0001-settings': m0001,
  '0002-sync-engine': m0002,
  '0003-mappings': m0003,
  '0005-outcomes-and-run-hooks': m0005
}
