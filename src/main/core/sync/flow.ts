import type BetterSqlite3 from 'better-sqlite3'
import type { Kysely } from 'kysely'
import type { FlowMapping } from '../../../shared/contract/mapping-model'
import type {
  FlowId,
  RecordNotice,
  RecordRefusal,
  RecordSkip,
  RecordWait,
  RecordWarning,
  Settings
} from '../../../shared/contract'
import type { Clock } from '../clock'
import type { ConnectionCache } from '../connections/connection-cache'
import type { ConnectorName } from '../connectors/connector-error'
import type { Database } from '../db/schema'
import type { Logger } from '../logger'
import type { SecretStore } from '../secrets/secret-store'

export type { FlowId }

/** One page from the source, and where to resume once every record in it is accounted for. */
export interface SourcePage<S> {
  records: S[]
  /**
   * The position after this page, saved with the page's outcome. null means "start from the
   * beginning next time" (a scan-and-compare source without a cursor).
   */
  checkpoint: string | null
  /** How many records this read delivers in all, when the source says so (for the progress bar). */
  total?: number
  /**
   * Records of this page that could not be read as S (a field of the wrong type): each becomes
   * its own record's failure with the reason, and the rest of the page syncs.
   */
  rejected?: RejectedRecord[]
}

/** A source record that failed the source's own schema. */
export interface RejectedRecord {
  /** The ledger key, when the raw record shows one; null: the engine makes a stand-in. */
  key: string | null
  /** The record as the source sent it, kept for the needs-attention page. */
  raw: unknown
  /** Which field is wrong and how, in plain words. */
  reason: string
}

export type { RecordNotice }

/** What the engine knows about one source record from earlier runs. */
export interface LedgerEntry {
  flow: FlowId
  sourceId: string
  /** Null until a write succeeded. */
  targetId: string | null
  /** Hash of the update payload last sent successfully. */
  payloadHash: string | null
  /** Runs in a row in which the record failed. */
  attempts: number
  lastError: string | null
  lastSuccessAt: number | null
}

/** A record failing the flow's own checks is refused before anything is sent. */
export type PlanFailureKind = 'validation' | 'business' | 'permanent'

/**
 * The flow's decision for one record. `update` is the form sent on update, without create-only
 * fields; its hash is what the engine compares with the ledger, so a change to a create-only
 * field does not cause a write.
 */
export type PlannedRecord<P> =
  /**
   * `warnings`: what was changed to fit the target, or what the user should know about the
   * record, as codes (kept on the log entry and counted).
   */
  | { action: 'write'; create: P; update: P; warnings?: RecordWarning[] }
  /**
   * Nothing to send, by the flow's own rule (an inactive article never in the target). `reason`
   * is the developer sentence (CLI log, log file); `notices` the same as codes the hosts word.
   */
  | { action: 'skip'; reason: string; notices: RecordSkip[] }
  /**
   * `bounded`: the wait counts as an attempt, so after `maxRecordAttempts` runs the record needs
   * attention (an order whose article never appears); otherwise it waits as long as it takes (a
   * stock level until the products flow has sent its variant).
   */
  | { action: 'wait'; reason: string; notices: RecordWait[]; bounded?: boolean }
  /** `notices`: the reason as codes; without them the engine gives one from the kind. */
  | { action: 'fail'; reason: string; kind: PlanFailureKind; notices?: RecordRefusal[] }

export interface ReadContext {
  /** Where the last fully accounted page ended; null for a first run or after a resync. */
  checkpoint: string | null
  signal: AbortSignal
}

export interface PlanContext {
  /** The ledger of any flow, for dependencies (an order waits until its products exist). */
  ledger(flow: FlowId, sourceId: string): Promise<LedgerEntry | null>
  /** The engine's clock (epoch ms), e.g. to notice a timestamp in the future. */
  now(): number
  signal: AbortSignal
}

export interface WriteInput<S, P> {
  record: S
  payload: P
  mode: 'create' | 'update'
  /** Lets the write use the known target id; null on a first write, when the write should look the record up before creating it where the API has no upsert. */
  ledger: LedgerEntry | null
}

export interface WriteContext {
  runId: number
  signal: AbortSignal
}

export interface WriteResult {
  targetId: string
  /** What the API answered, kept in the activity log. */
  response?: unknown
  /**
   * 'linked': the record was matched to a target record that already existed (nothing was
   * created); 'updated': a first write of this record changed a target record another record
   * made (a credit receipt refunding its sale's order). Default: created for a create, updated
   * for an update.
   */
  outcome?: 'linked' | 'updated'
  /** Something the user must see (an ambiguous match), as codes kept on the record's log entry. */
  warnings?: RecordWarning[]
  /**
   * Rows the flow keeps about the written record (the products flow: its variant links), saved
   * by the engine in the transaction of the record's ledger row (synchronous statements on the
   * run's database): on record exactly when the write is, and without a commit of their own.
   */
  saveWithLedger?: () => void
}

/** One write of a page-level batch; `key` is the record's ledger key. */
export interface BatchWriteInput<S, P> extends WriteInput<S, P> {
  key: string
}

/** What the batch said about one record. A key without a result went missing. */
export type BatchItemResult = { ok: true; result: WriteResult } | { ok: false; error: unknown }

/**
 * A record's ledger row is saved only once its own result confirms the write; a result that went
 * missing is looked up at the target with findWritten before anything is sent again.
 */
export interface BatchWrites<S, P> {
  /** Which writes go into batches; the others always go through write(). */
  modes: readonly WriteInput<S, P>['mode'][]
  /** Fewer such writes than this in a page go one by one through write(). */
  minimum: number
  /** Sends the writes; answers per key (a key without an answer went missing). */
  writeBatch(
    inputs: BatchWriteInput<S, P>[],
    ctx: WriteContext
  ): Promise<Map<string, BatchItemResult>>
  /** Is the record at the target? Its WriteResult when it is, null when not (then it is sent again). */
  findWritten(input: BatchWriteInput<S, P>, ctx: WriteContext): Promise<WriteResult | null>
}

export interface RunHookContext {
  runId: number
  /**
   * true when afterRun completes a run whose process died after beforeRun (called at the next
   * start of the flow, before its new beforeRun).
   */
  recovering: boolean
  /** Where the flow's source reading stands (null: nothing read yet, a first run or a resync). */
  checkpoint: string | null
  signal: AbortSignal
}

/**
 * A flow declares how to read, key, map and write one entity; the engine owns checkpoints, the
 * ledger, retries, the needs-attention queue, the activity log and the events. Members are
 * methods (not function properties) so a FlowDefinition<Customer, Relation> can sit in a
 * registry of FlowDefinition<unknown, unknown>.
 */
export interface FlowDefinition<S, P> {
  // S must be plain JSON data (no Date, Map, BigInt): a record that fails is kept as JSON and
  // re-planned from it on retry. plan() must be deterministic for the same record and mapping,
  // or the hash comparison would see a change where there is none.
  id: FlowId
  /** What one record is, in the user's words: "customer", "product". */
  entity: string
  source: ConnectorName
  target: ConnectorName
  /**
   * Records in flight at once: as many as the target takes (a Mailchimp flow: its account
   * limiter's width, which every flow and setup call shares). Without it the engine's default.
   */
  inFlight?: number
  /**
   * The target's client holds its requests to `inFlight` itself (Mailchimp's account limiter):
   * the engine then has as many records again planned and waiting at that limiter, so a
   * connection that frees up is used at once, not only after its record's bookkeeping and the
   * next record's plan (the limiter, not the engine, decides what is sent). A page then also
   * starts once the page before has started its last records, so the connections do not empty
   * at every page.
   */
  targetLimitsItself?: boolean
  /**
   * A plan reads the ledger of another record of this flow (a credit, its original's order):
   * a page is then planned only once the page before is saved, as its records may depend on
   * that page's writes.
   */
  plansOnOwnRecords?: boolean
  read(ctx: ReadContext): AsyncIterable<SourcePage<S>>
  /** The stable source id (e-mail, product id): the ledger key. */
  key(record: S): string
  /** A short label for messages, e.g. "customer jan@example.nl"; defaults to entity + key. */
  describe?(record: S): string
  /**
   * The record's own name as the shop owner knows it, without the entity word ("Marie Peeters",
   * "Stroopwafels"); kept on its activity-log row. Data only: never a secret or a whole payload.
   */
  name?(record: S): string | null
  plan(record: S, ctx: PlanContext): Promise<PlannedRecord<P>>
  write(input: WriteInput<S, P>, ctx: WriteContext): Promise<WriteResult>
  /**
   * Reads one record afresh from the source by its key, for a retry (the stored copy is only the
   * fallback when this throws); null when the source no longer has it under this key (the run
   * then leaves the stored copy unsent and reads the source's changes).
   */
  readOne?(key: string, ctx: ReadContext): Promise<S | null>
  /** Page-level batch writes (e.g. Mailchimp batch operations), for pages with many writes. */
  batch?: BatchWrites<S, P>
  /**
   * What besides the records decides the plans (a hash of the mapping, its lookup tables, the
   * reference data it maps with); kept with every checkpoint. Without it a resync always reads
   * the whole source again. See sync/resync-check.ts.
   */
  fingerprint?(ctx: { signal: AbortSignal }): Promise<string>
  /**
   * Whether the target still holds what was written: `written` records per the ledger (e.g. the
   * target's record count is that). Together with an unchanged fingerprint it lets a resync read
   * on from the checkpoint.
   */
  targetIntact?(ctx: { written: number; signal: AbortSignal }): Promise<boolean>
  /**
   * Runs before the run reads anything. Once it has started, afterRun is owed: it runs on every
   * exit path of the run, and if the process dies in between, at the next start of Kassabrug (or
   * of the flow, whichever comes first).
   */
  beforeRun?(ctx: RunHookContext): Promise<void>
  afterRun?(ctx: RunHookContext): Promise<void>
}

export type AnyFlow = FlowDefinition<unknown, unknown>
export type FlowRegistry = Partial<Record<FlowId, AnyFlow>>

/**
 * A mapping to build one flow with instead of the saved one (the editor's unsaved draft), and a
 * listener for every record that flow hands its mapping: the preview shows what came in.
 */
export interface MappingDraft {
  flow: FlowId
  mapping: FlowMapping
  seen(record: unknown): void
}

/** What a flows factory gets to build connectors and mappings from. */
export interface FlowFactoryContext {
  /** Only for a preview: never used for a run. */
  mappingDraft?: MappingDraft
  /** The API clients, shared by every flow and the setup calls (one Mailchimp limiter per account). */
  connections: ConnectionCache
  settings: Settings
  secrets: SecretStore
  db: Kysely<Database>
  /** The raw handle under `db`, for statements prepared once (db/prepared.ts). */
  sqlite: BetterSqlite3.Database
  clock: Clock
  logger: Logger
}

/**
 * Builds the flows from the current settings and secrets; called at the start of every run, so a
 * changed setting takes effect at the next run. Throw a CoreError('not-configured') when a
 * connection is incomplete.
 */
export type FlowsFactory = (ctx: FlowFactoryContext) => Promise<FlowRegistry> | FlowRegistry
