-- index sync_pending_state
CREATE INDEX "sync_pending_state" on "sync_pending" ("state", "id");

-- index sync_records_created
CREATE INDEX "sync_records_created" on "sync_records" ("created_at");

-- index sync_records_flow
CREATE INDEX "sync_records_flow" on "sync_records" ("flow", "outcome", "id");

-- index sync_records_flow_id
CREATE INDEX "sync_records_flow_id" on "sync_records" ("flow", "id");

-- index sync_records_outcome
CREATE INDEX "sync_records_outcome" on "sync_records" ("outcome", "id");

-- index sync_records_run
CREATE INDEX "sync_records_run" on "sync_records" ("run_id", "id");

-- index sync_runs_flow
CREATE INDEX "sync_runs_flow" on "sync_runs" ("flow", "id");

-- index sync_runs_started
CREATE INDEX "sync_runs_started" on "sync_runs" ("started_at");

-- table mapping_lookups
CREATE TABLE "mapping_lookups" ("name" text primary key, "table_json" text not null, "updated_at" integer not null);

-- table mappings
CREATE TABLE "mappings" ("flow" text primary key, "mapping_json" text not null, "updated_at" integer not null);

-- table settings
CREATE TABLE "settings" ("key" text primary key, "value_json" text not null, "updated_at" integer not null);

-- table sync_checkpoints
CREATE TABLE "sync_checkpoints" ("flow" text primary key, "position" text, "updated_at" integer not null, "fingerprint" text);

-- table sync_flows
CREATE TABLE "sync_flows" ("flow" text primary key, "enabled" integer not null, "schedule" text not null, "updated_at" integer not null);

-- table sync_hooks_pending
CREATE TABLE "sync_hooks_pending" ("flow" text primary key, "run_id" integer not null, "started_at" integer not null);

-- table sync_leases
CREATE TABLE "sync_leases" ("flow" text primary key, "owner" text not null, "acquired_at" integer not null, "expires_at" integer not null);

-- table sync_ledger
CREATE TABLE "sync_ledger" ("flow" text not null, "source_id" text not null, "target_id" text, "payload_hash" text, "attempts" integer not null, "last_error" text, "last_success_at" integer, "updated_at" integer not null, constraint "sync_ledger_pk" primary key ("flow", "source_id"));

-- table sync_pending
CREATE TABLE "sync_pending" ("id" integer primary key autoincrement, "flow" text not null, "source_id" text not null, "state" text not null, "source_json" text not null, "reason" text not null, "error_kind" text, "updated_at" integer not null, "notices_json" text, constraint "sync_pending_flow_source" unique ("flow", "source_id"));

-- table sync_records
CREATE TABLE "sync_records" ("id" integer primary key autoincrement, "run_id" integer not null, "flow" text not null, "source_id" text not null, "target_id" text, "outcome" text not null, "reason" text, "source_json" text, "sent_json" text, "response_json" text, "created_at" integer not null, label text, "notices_json" text);

-- table sync_records_fts
CREATE VIRTUAL TABLE sync_records_fts using fts5(
    source_id, target_id, reason, source_json, sent_json,
    content='sync_records', content_rowid='id'
  );

-- table sync_records_fts_config
CREATE TABLE 'sync_records_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;

-- table sync_records_fts_data
CREATE TABLE 'sync_records_fts_data'(id INTEGER PRIMARY KEY, block BLOB);

-- table sync_records_fts_docsize
CREATE TABLE 'sync_records_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);

-- table sync_records_fts_idx
CREATE TABLE 'sync_records_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

-- table sync_records_fts_state
CREATE TABLE "sync_records_fts_state" ("id" integer primary key check (id = 1), "indexed_upto" integer not null);

-- table sync_runs
CREATE TABLE "sync_runs" ("id" integer primary key autoincrement, "flow" text not null, "trigger" text not null, "status" text not null, "started_at" integer not null, "finished_at" integer, "created" integer not null, "updated" integer not null, "unchanged" integer not null, "waiting" integer not null, "failed" integer not null, "error" text, "linked" integer default 0 not null, "warned" integer default 0 not null, "skipped" integer default 0 not null, "problems_json" text);

-- table variant_links
CREATE TABLE "variant_links" ("article_number" text primary key, "product_id" text not null, "variant_id" text not null, "updated_at" integer not null);
