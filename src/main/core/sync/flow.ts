import type { Kysely } from 'kysely'
import type { FlowId, Settings } from '../../../shared/contract'
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
}

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
  | { action: 'write'; create: P; update: P }
  | { action: 'wait'; reason: string }
  | { action: 'fail'; reason: string; kind: PlanFailureKind }

export interface ReadContext {
  /** Where the last fully accounted page ended; null for a first run or after a resync. */
  checkpoint: string | null
  signal: AbortSignal
}

export interface PlanContext {
  /** The ledger of any flow, for dependencies (an order waits until its products exist). */
  ledger(flow: FlowId, sourceId: string): Promise<LedgerEntry | null>
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
  read(ctx: ReadContext): AsyncIterable<SourcePage<S>>
  /** The stable source id (e-mail, product id): the ledger key. */
  key(record: S): string
  /** A short label for messages, e.g. "customer jan@example.nl"; defaults to entity + key. */
  describe?(record: S): string
  plan(record: S, ctx: PlanContext): Promise<PlannedRecord<P>>
  write(input: WriteInput<S, P>, ctx: WriteContext): Promise<WriteResult>
}

export type AnyFlow = FlowDefinition<unknown, unknown>
export type FlowRegistry = Partial<Record<FlowId, AnyFlow>>

/** What a flows factory gets to build connectors and mappings from. */
export interface FlowFactoryContext {
  /** The API clients, shared by every flow and the setup calls (one Mailchimp limiter per account). */
  connections: ConnectionCache
  settings: Settings
  secrets: SecretStore
  db: Kysely<Database>
  clock: Clock
  logger: Logger
}

/**
 * Builds the flows from the current settings and secrets; called at the start of every run, so a
 * changed setting takes effect at the next run. Throw a CoreError('not-configured') when a
 * connection is incomplete.
 */
export type FlowsFactory = ((ctx: FlowFactoryContext) => Promise<FlowRegistry> | FlowRegistry) & {
  /** The flows this factory can build; others are hidden from the status and cannot be switched on. */
  offers?: readonly FlowId[]
}
