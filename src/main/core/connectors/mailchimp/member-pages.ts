import type { Clock } from '../../clock'
import { maxPageSize } from './paging'
import { parseMember, type Member, type MembersPage } from './types'

export interface IterateMembersOptions {
  listId: string
  /** ISO 8601; only members changed after this moment. Pass the last checkpoint of a previous run. */
  sinceLastChanged?: string | null
  pageSize?: number
  /** Extra member fields to fetch (dot paths under members.*); id, email, status and last_changed are always included. */
  fields?: string[]
  status?: Member['status']
}

/** A member that failed the schema: kept with what is wrong, so it fails alone. */
export interface RejectedMember {
  raw: unknown
  problem: string
}

export interface MemberPageResult {
  members: Member[]
  rejected: RejectedMember[]
  /**
   * Store this after handling the page: the newest last_changed seen so far. Pages come oldest
   * first, so everything up to it has been delivered; pass it as sinceLastChanged next time.
   */
  checkpoint: string | null
  totalItems: number
}

/** Seconds of overlap when resuming: the API's timestamps have one-second resolution. */
const overlapMs = 1000
const alwaysFetched = ['id', 'email_address', 'status', 'last_changed']

function apiTimestamp(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, '+00:00')
}

export type FetchMembersPage = (
  query: Record<string, string | number | undefined>
) => Promise<MembersPage>

/**
 * Incremental member reading with since_last_changed, oldest change first. The window is closed
 * at the start (before_last_changed = a second ago), so members changed during the walk can
 * never shift the pages under us; when one leaves the window mid-walk (total_items drops) the
 * offset steps back by as many, so nobody is skipped. A second, open-ended walk from the window's
 * end then delivers what the closed window cannot: members changed during the walk and members
 * whose last_changed lies in the future (a clock error at Mailchimp or an import). Those never
 * move the checkpoint past the window's end, so a future timestamp cannot hide later changes;
 * they are read again each run until their time has come (the ledger hash makes that cheap).
 * Overlap and step-back can deliver a member twice to the API; this iterator drops repeats, so
 * each member arrives once per run.
 */
export async function* iterateMemberPages(
  fetchPage: FetchMembersPage,
  clock: Pick<Clock, 'now'>,
  options: IterateMembersOptions
): AsyncGenerator<MemberPageResult> {
  const count = Math.max(1, Math.min(maxPageSize, Math.floor(options.pageSize ?? maxPageSize)))
  const sinceMs = options.sinceLastChanged ? Date.parse(options.sinceLastChanged) : null
  const since =
    sinceMs !== null && !Number.isNaN(sinceMs) ? apiTimestamp(sinceMs - overlapMs) : undefined
  // Closed a second before now: timestamps have one-second resolution, so a member changed during
  // the walk can never fall inside the window and shift the pages under us.
  const windowEndMs = clock.now() - overlapMs
  const before = apiTimestamp(windowEndMs)
  const fields = options.fields
    ? [
        'total_items',
        ...[...new Set([...alwaysFetched, ...options.fields])].map((field) => `members.${field}`)
      ].join(',')
    : undefined
  const seen = new Set<string>()
  let checkpoint = options.sinceLastChanged ?? null
  let checkpointMs = sinceMs ?? Number.NEGATIVE_INFINITY
  const walks = [
    { since, before: before as string | undefined },
    { since: before, before: undefined }
  ]
  // The progress bar's total: the closed window's members, plus the open walk's.
  let earlierTotal = 0
  for (const walk of walks) {
    let offset = 0
    let knownTotal: number | null = null
    // Bounded: every round either advances the offset or shrinks the total.
    for (let round = 0; round < 1_000_000; round++) {
      const page = await fetchPage({
        count,
        offset,
        since_last_changed: walk.since,
        before_last_changed: walk.before,
        sort_field: 'last_changed',
        sort_dir: 'ASC',
        status: options.status,
        fields
      })
      if (knownTotal !== null && page.total_items < knownTotal) {
        offset = Math.max(0, offset - (knownTotal - page.total_items))
        knownTotal = page.total_items
        continue
      }
      knownTotal = page.total_items
      const members: Member[] = []
      const rejected: RejectedMember[] = []
      for (const raw of page.members) {
        const id = memberId(raw)
        if (id !== null && seen.has(id)) continue
        if (id !== null) seen.add(id)
        const parsed = parseMember(raw)
        if ('problem' in parsed) {
          rejected.push({ raw, problem: parsed.problem })
          continue
        }
        members.push(parsed.member)
        const changedMs = Date.parse(parsed.member.last_changed)
        if (changedMs > checkpointMs && changedMs <= windowEndMs) {
          checkpointMs = changedMs
          checkpoint = parsed.member.last_changed
        }
      }
      if (members.length + rejected.length > 0)
        yield { members, rejected, checkpoint, totalItems: earlierTotal + page.total_items }
      offset += page.members.length
      if (page.members.length === 0 || offset >= page.total_items) break
    }
    earlierTotal += knownTotal ?? 0
  }
}

function memberId(raw: unknown): string | null {
  const id = typeof raw === 'object' && raw !== null ? (raw as { id?: unknown }).id : undefined
  return typeof id === 'string' ? id : null
}
