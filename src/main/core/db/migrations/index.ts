import type { Migration } from 'kysely/migration'
import * as m0001 from './0001-settings'
import * as m0002 from './0002-sync-engine'
import * as m0003 from './0003-mappings'
import * as m0004 from './0004-flow-directions'
import * as m0005 from './0005-outcomes-and-run-hooks'
import * as m0006 from './0006-log-at-scale'
import * as m0007 from './0007-variant-links'
import * as m0010 from './0010-record-labels'
import * as m0011 from './0011-record-notices'
import * as m0012 from './0012-skipped-count'
import * as m0013 from './0013-log-text-merging'
import * as m0014 from './0014-checkpoint-fingerprint'
import * as m0015 from './0015-run-problems'

/**
 * Every migration the app ships, in order. Supplied in code because scanning a folder breaks
 * inside a packaged (asar) app. Names sort in the order they must run.
 */
export const shippedMigrations: Record<string, Migration> = {
  '0001-settings': m0001,
  '0002-sync-engine': m0002,
  '0003-mappings': m0003,
  '0004-flow-directions': m0004,
  '0005-outcomes-and-run-hooks': m0005,
  '0006-log-at-scale': m0006,
  '0007-variant-links': m0007,
  '0010-record-labels': m0010,
  '0011-record-notices': m0011,
  '0012-skipped-count': m0012,
  '0013-log-text-merging': m0013,
  '0014-checkpoint-fingerprint': m0014,
  '0015-run-problems': m0015
}
