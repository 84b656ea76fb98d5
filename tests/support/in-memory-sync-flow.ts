import type { Core } from '../../src/main/core/create-core'
import { ConnectorError } from '../../src/main/core/connectors/connector-error'
import type {
  FlowDefinition,
  FlowId,
  PlannedRecord,
  SourcePage,
  WriteInput,
  WriteResult
} from '../../src/main/core/sync/flow'

/**
 * An engine test double: a source that is an append-only change log (like Mplus's syncMarker or
 * Mailchimp's since_last_changed) and a target that counts every write. The target looks a
 * record up before creating it, as real flows must where the API has no upsert.
 */
export interface FakeRecord {
  id: string
  name: string
  /** Sent on create only (enrichment at the target must not be overwritten). */
  note?: string
  /** Makes the flow wait (an order whose product does not exist yet). */
  waitFor?: string
}

export interface FakePayload {
  name: string
  note?: string
}

export type WriteHook = (
  input: WriteInput<FakeRecord, FakePayload>,
  call: number
) => Promise<void> | void

export class InMemoryTarget {
  readonly stored = new Map<string, { targetId: string; payload: FakePayload; writes: number }>()
  creates = 0
  updates = 0
  /** Every call of write, failed ones included. */
  calls = 0
  private nextId = 1
  private readonly callsPerRecord = new Map<string, number>()
  /** Runs before the write lands; throw to fail it. */
  beforeWrite: WriteHook | null = null
  /** Runs after the write landed at the target, before the engine hears of it (crash window). */
  afterWrite: WriteHook | null = null

  async write(input: WriteInput<FakeRecord, FakePayload>): Promise<WriteResult> {
    this.calls++
    const call = (this.callsPerRecord.get(input.record.id) ?? 0) + 1
    this.callsPerRecord.set(input.record.id, call)
    await this.beforeWrite?.(input, call)
    const existing = this.stored.get(input.record.id)
    let targetId: string
    if (existing) {
      // Lookup before create: a create for a record that is already there becomes an update.
      targetId = existing.targetId
      existing.payload = { ...existing.payload, ...input.payload }
      existing.writes++
      this.updates++
    } else {
      targetId = `T${this.nextId++}`
      this.stored.set(input.record.id, { targetId, payload: input.payload, writes: 1 })
      this.creates++
    }
    await this.afterWrite?.(input, call)
    return { targetId, response: { id: targetId } }
  }

  get writes(): number {
    return this.creates + this.updates
  }
}

export class ChangeLogSource {
  readonly changes: FakeRecord[] = []
  reads = 0

  constructor(
    private readonly pageSize: number,
    /** Throws when reading; set to simulate a source that cannot be reached. */
    public readError: Error | null = null
  ) {}

  push(...records: FakeRecord[]): void {
    this.changes.push(...records)
  }

  async *read(checkpoint: string | null): AsyncIterable<SourcePage<FakeRecord>> {
    this.reads++
    if (this.readError) throw this.readError
    for (
      let start = checkpoint ? Number(checkpoint) : 0;
      start < this.changes.length;
      start += this.pageSize
    ) {
      const records = this.changes.slice(start, start + this.pageSize)
      yield { records, checkpoint: String(start + records.length), total: this.changes.length }
    }
  }
}

export function fakeFlow(
  id: FlowId,
  source: ChangeLogSource,
  target: InMemoryTarget
): FlowDefinition<FakeRecord, FakePayload> {
  return {
    id,
    entity: 'customer',
    source: 'mailchimp',
    target: 'mplus',
    read: (ctx) => source.read(ctx.checkpoint),
    key: (record) => record.id,
    describe: (record) => `customer ${record.id}`,
    async plan(record): Promise<PlannedRecord<FakePayload>> {
      if (record.name.trim() === '')
        return { action: 'fail', reason: 'The name is empty.', kind: 'validation' }
      if (record.waitFor)
        return {
          action: 'wait',
          reason: `Waiting for ${record.waitFor}.`,
          notices: [
            { code: 'product-not-in-mailchimp', params: { product: record.waitFor, article: '' } }
          ]
        }
      return {
        action: 'write',
        create: { name: record.name, note: record.note },
        update: { name: record.name }
      }
    },
    write: (input) => target.write(input)
  }
}

export function transientError(message = 'connection reset'): ConnectorError {
  return new ConnectorError('transient', 'mplus', message)
}

export function permanentError(
  message = 'Relation refused: postal code is invalid'
): ConnectorError {
  return new ConnectorError('permanent', 'mplus', message)
}

export function authError(): ConnectorError {
  return new ConnectorError('auth', 'mplus', 'the ident or secret is wrong')
}

/** n records c1..cn with a name derived from the version. */
export function records(n: number, version = 1): FakeRecord[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `c${i + 1}`,
    name: `Customer ${i + 1} v${version}`
  }))
}

/**
 * Fills in both connections with stand-in values, so a core whose flows are fakes counts as set
 * up (no run starts on an install that is not); the fakes never connect.
 */
export async function setUpStandInConnections(core: Pick<Core, 'call'>): Promise<void> {
  await core.call('settings.update', {
    mailchimp: { listId: 'list-1', storeId: 'store-1' },
    mplus: { host: '127.0.0.1', port: 1, ident: 'stand-in' }
  })
  await core.call('secrets.set', { connection: 'mailchimp', secret: 'stand-in-us1' })
  await core.call('secrets.set', { connection: 'mplus', secret: 'stand-in' })
}
