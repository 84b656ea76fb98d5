import type { Generated } from 'kysely'

/** Table types for kysely. Each migration that adds a table adds its row type here. */
export interface SettingsTable {
  key: string
  value_json: string
  updated_at: number
}

// Sync engine (0002-sync-engine). Booleans are 0/1 integers, times epoch milliseconds.
export interface SyncFlowsTable {
  flow: string
  enabled: number
  schedule: string
  updated_at: number
}

export interface SyncCheckpointsTable {
  flow: string
  position: string | null
  updated_at: number
  /** The flow's fingerprint that planned every record before the position (0014); null: unknown. */
  fingerprint: string | null
}

export interface SyncLedgerTable {
  flow: string
  source_id: string
  target_id: string | null
  payload_hash: string | null
  attempts: number
  last_error: string | null
  last_success_at: number | null
  updated_at: number
}

export interface SyncPendingTable {
  id: Generated<number>
  flow: string
  source_id: string
  state: string
  source_json: string
  reason: string
  error_kind: string | null
  updated_at: number
  /** 0011: the refusal's codes (JSON array of RecordNotice), null before 0011. */
  notices_json: string | null
}

export interface SyncLeasesTable {
  flow: string
  owner: string
  acquired_at: number
  expires_at: number
}

export interface SyncRunsTable {
  id: Generated<number>
  flow: string
  trigger: string
  status: string
  started_at: number
  finished_at: number | null
  created: number
  updated: number
  /** 0005: renamed from skipped. */
  unchanged: number
  /** 0005: matched to a target record that already existed. */
  linked: number
  /** 0012: records the flow's own rule left alone (with a reason), not counted as unchanged. */
  skipped: Generated<number>
  waiting: number
  failed: number
  error: string | null
  /** 0011: records sent with at least one warning. */
  warned: Generated<number>
  /** 0015: why the run stopped, as codes (JSON array of {code, params}); null: none, or older. */
  problems_json: string | null
}

export interface SyncRecordsTable {
  id: Generated<number>
  run_id: number
  flow: string
  source_id: string
  target_id: string | null
  outcome: string
  reason: string | null
  source_json: string | null
  sent_json: string | null
  response_json: string | null
  created_at: number
  /** 0010-record-labels: the record's own name ("Marie Peeters"); null on older rows. */
  label: string | null
  /** 0011: warnings and refusal codes (JSON array of RecordNotice), null when there are none. */
  notices_json: string | null
}

// 0006-log-at-scale: one row (id 1); rows of sync_records above `indexed_upto` are not in the
// full-text index yet.
export interface SyncRecordsFtsStateTable {
  id: number
  indexed_upto: number
}

// Mappings (0003-mappings): validated JSON documents, times epoch milliseconds.
export interface MappingsTable {
  flow: string
  mapping_json: string
  updated_at: number
}

export interface MappingLookupsTable {
  name: string
  table_json: string
  updated_at: number
}

// Variant links (0007): the Mailchimp product and variant of each Mplus article, as written by
// the products flow; times epoch milliseconds.
export interface VariantLinksTable {
  article_number: string
  product_id: string
  variant_id: string
  updated_at: number
}

// Run hooks (0005): an afterRun still owed, from the start of beforeRun until afterRun finished.
export interface SyncHooksPendingTable {
  flow: string
  run_id: number
  started_at: number
}

export interface Database {
  settings: SettingsTable
  sync_flows: SyncFlowsTable
  sync_checkpoints: SyncCheckpointsTable
  sync_ledger: SyncLedgerTable
  sync_pending: SyncPendingTable
  sync_leases: SyncLeasesTable
  sync_runs: SyncRunsTable
  sync_records: SyncRecordsTable
  sync_hooks_pending: SyncHooksPendingTable
  sync_records_fts_state: SyncRecordsFtsStateTable
  mappings: MappingsTable
  mapping_lookups: MappingLookupsTable
  variant_links: VariantLinksTable
}
