/** react-query cache keys, one per contract call the pages read. */
export const queryKeys = {
  appStatus: ['app.status'],
  settings: ['settings.get'],
  secretsStatus: ['secrets.status'],
  syncStatus: ['sync.status'],
  statsDaily: ['stats.daily'],
  dbStatus: ['db.status'],
  referenceData: ['mplus.referenceData'],
  lookups: ['mapping.lookups.get'],
  stockExample: ['mplus.stockExample'],
  /** Prefixes: the pages add their filters after them, and a finished run invalidates them all. */
  attention: ['attention.list'],
  logRuns: ['log.runs'],
  logRecords: ['log.records']
} as const
