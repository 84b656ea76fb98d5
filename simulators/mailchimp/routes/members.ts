import { createHash } from 'node:crypto'
import { apiTimestamp, parseApiTimestamp, type SimulatorContext } from '../context'
import {
  arr,
  bool,
  dateTime,
  extend,
  freeObject,
  num,
  obj,
  str,
  validateBody,
  withRequired,
  without,
  type BodySchema
} from '../body-schema'
import { assertAcceptableEmail, hashFromPath, subscriberHash } from '../email-rules'
import { selfLinks } from '../links'
import { missingRequiredMergeFields, normaliseMergeValues } from '../merge-values'
import { ApiProblem, invalidResource, notFound, type FieldError } from '../problem'
import { collection } from '../projection'
import type { Router } from '../router'
import { mapFor, memberStatuses, type MemberRecord, type MemberStatus } from '../state'
import { requireList } from './lists'

const statusSchema: BodySchema = { type: 'string', enum: memberStatuses }

/** Add_List_Members_1 (POST) from the reference; PUT and PATCH differ in required fields. */
const memberPostSchema = obj(
  {
    email_address: str,
    email_type: { type: 'string', enum: ['html', 'text'] },
    status: statusSchema,
    merge_fields: freeObject,
    interests: freeObject,
    language: str,
    vip: bool,
    location: obj({ latitude: num, longitude: num }),
    ip_signup: str,
    timestamp_signup: dateTime,
    ip_opt: str,
    timestamp_opt: dateTime,
    tags: arr(str)
  },
  ['email_address', 'status']
)
const memberPutSchema = withRequired(extend(memberPostSchema, { status_if_new: statusSchema }), [
  'email_address',
  'status_if_new'
])
const memberPatchSchema = withRequired(without(memberPostSchema, 'tags'), [])

export interface MemberInput {
  email_address?: string
  status?: MemberStatus
  status_if_new?: MemberStatus
  email_type?: string
  merge_fields?: Record<string, unknown>
  interests?: Record<string, boolean>
  language?: string
  vip?: boolean
  location?: { latitude: number; longitude: number }
  ip_signup?: string
  timestamp_signup?: string
  ip_opt?: string
  timestamp_opt?: string
  tags?: string[]
}

type WriteMode = 'post' | 'put' | 'patch'

let webIdCounter = 100_000

function shortHash(text: string, length: number): string {
  return createHash('md5').update(text).digest('hex').slice(0, length)
}

export function renderMember(sim: SimulatorContext, member: MemberRecord): Record<string, unknown> {
  // A test may plant what a broken account holds (merge_fields null): it is sent as it is.
  const merge: Record<string, unknown> = member.merge_fields ?? {}
  const fullName = [merge.FNAME, merge.LNAME]
    .filter((part) => typeof part === 'string' && part)
    .join(' ')
  return {
    ...member,
    full_name: fullName,
    stats: { avg_open_rate: 0, avg_click_rate: 0 },
    member_rating: 2,
    tags_count: member.tags.length,
    _links: selfLinks(sim, `/lists/${member.list_id}/members/${member.id}`)
  }
}

function complianceProblem(email: string): ApiProblem {
  return new ApiProblem(
    400,
    'Member In Compliance State',
    `${email} is in a compliance state due to unsubscribe, bounce, or compliance review and cannot be subscribed.`
  )
}

/**
 * One member write with the API's rules: POST refuses an existing member, PATCH needs one,
 * PUT adds or updates (status_if_new only for new members); unsubscribed or cleaned members
 * cannot be re-subscribed; permanently deleted addresses cannot be re-added.
 */
export function writeMember(
  sim: SimulatorContext,
  listId: string,
  pathHash: string | null,
  input: MemberInput,
  mode: WriteMode,
  skipMergeValidation = false
): MemberRecord {
  const members = mapFor(sim.state.members, listId)
  const email = input.email_address?.trim()
  if (email !== undefined) assertAcceptableEmail(sim, email)
  const bodyHash = email !== undefined ? subscriberHash(email) : null
  const hash = pathHash ?? bodyHash
  if (!hash)
    throw invalidResource([
      { field: 'email_address', message: 'Required fields were not provided: email_address' }
    ])
  const existing = members.get(hash)
  const live = existing && existing.status !== 'archived' ? existing : undefined

  if (mode === 'post' && live)
    throw new ApiProblem(
      400,
      'Member Exists',
      `${live.email_address} is already a list member. Use PUT to insert or update list members.`
    )
  if (mode === 'patch' && !existing) throw notFound()
  if (bodyHash && pathHash && bodyHash !== pathHash) {
    // Changing the address of an existing member; refused when the new address is taken.
    const other = members.get(bodyHash)
    if (other && other.status !== 'archived')
      throw new ApiProblem(
        400,
        'Member Exists',
        `${email} is already a list member. Use PUT to insert or update list members.`
      )
    if (!existing) throw notFound()
  }
  if (!existing && sim.state.forgotten.get(listId)?.has(hash))
    throw new ApiProblem(
      400,
      'Forgotten Email Not Subscribed',
      `${email} was permanently deleted and cannot be re-imported. The contact must re-subscribe to get back on the list.`
    )

  const definitions = sim.state.mergeFields.get(listId) ?? []
  const errors: FieldError[] = []
  const mergeValues = normaliseMergeValues(definitions, input.merge_fields ?? {}, errors)
  if (!live && !skipMergeValidation)
    errors.push(
      ...missingRequiredMergeFields(definitions, {
        ...(existing?.merge_fields ?? {}),
        ...mergeValues
      })
    )
  if (errors.length > 0) throw invalidResource(errors, 'Your merge fields were invalid.')

  const requestedStatus = live
    ? (input.status ?? live.status)
    : (input.status ?? input.status_if_new)
  if (!requestedStatus)
    throw invalidResource([
      { field: 'status', message: 'Required fields were not provided: status' }
    ])
  if (
    live &&
    requestedStatus === 'subscribed' &&
    (live.status === 'unsubscribed' || live.status === 'cleaned')
  )
    throw complianceProblem(live.email_address)

  const now = apiTimestamp(sim.now())
  const base: MemberRecord = existing ?? {
    id: hash,
    email_address: email ?? '',
    unique_email_id: shortHash(`${hash}:eid`, 10),
    contact_id: shortHash(`${hash}:contact`, 32),
    web_id: webIdCounter++,
    email_type: 'html',
    status: requestedStatus,
    merge_fields: {},
    interests: {},
    language: '',
    vip: false,
    location: { latitude: 0, longitude: 0 },
    ip_signup: '',
    timestamp_signup: '',
    ip_opt: '',
    timestamp_opt: now,
    last_changed: now,
    source: 'API - Generic',
    tags: [],
    list_id: listId
  }
  const next: MemberRecord = {
    ...base,
    id: bodyHash ?? base.id,
    email_address: email ?? base.email_address,
    status: requestedStatus ?? base.status,
    email_type: input.email_type ?? base.email_type,
    merge_fields: { ...base.merge_fields, ...mergeValues },
    interests: { ...base.interests, ...(input.interests ?? {}) },
    language: input.language ?? base.language,
    vip: input.vip ?? base.vip,
    location: input.location ?? base.location,
    ip_signup: input.ip_signup ?? base.ip_signup,
    timestamp_signup: input.timestamp_signup ?? base.timestamp_signup,
    ip_opt: input.ip_opt ?? base.ip_opt,
    timestamp_opt: input.timestamp_opt ?? base.timestamp_opt,
    tags: mergeTags(base.tags, input.tags)
  }
  // last_changed moves only when something really changed, so a repeated upsert is invisible to
  // since_last_changed readers (assumed; the reference does not say).
  const changed =
    !existing ||
    existing.status === 'archived' ||
    JSON.stringify(existing) !== JSON.stringify({ ...next, last_changed: existing.last_changed })
  const stored = { ...next, last_changed: changed ? now : base.last_changed }
  if (stored.id !== hash) members.delete(hash)
  members.set(stored.id, stored)
  return stored
}

function mergeTags(
  current: { id: number; name: string }[],
  added?: string[]
): { id: number; name: string }[] {
  if (!added) return current
  const result = [...current]
  for (const name of added)
    if (!result.some((tag) => tag.name === name)) result.push({ id: 1000 + result.length, name })
  return result
}

/** Parsed timestamps per member record; records are replaced on change, so entries never go stale. */
const parsedTimes = new WeakMap<MemberRecord, Partial<Record<SortField, number>>>()

function timeOf(member: MemberRecord, field: SortField): number {
  let times = parsedTimes.get(member)
  if (!times) {
    times = {}
    parsedTimes.set(member, times)
  }
  return (times[field] ??= Date.parse(member[field] || '0'))
}

type SortField = 'timestamp_opt' | 'timestamp_signup' | 'last_changed'
const sortFields: readonly string[] = ['timestamp_opt', 'timestamp_signup', 'last_changed']

/**
 * Filtered, sorted listings per audience, reused while the audience is unchanged: a sync pages
 * tens of thousands of members 1000 at a time with the same filters. Checked by record identity
 * (records are replaced on every change), so even direct edits of `state` invalidate it.
 */
const listingCache = new WeakMap<
  Map<string, MemberRecord>,
  { snapshot: MemberRecord[]; listings: Map<string, MemberRecord[]> }
>()

function unchangedSince(snapshot: MemberRecord[], members: Map<string, MemberRecord>): boolean {
  if (snapshot.length !== members.size) return false
  let index = 0
  for (const member of members.values()) if (snapshot[index++] !== member) return false
  return true
}

function listMembers(
  sim: SimulatorContext,
  listId: string,
  query: URLSearchParams
): MemberRecord[] {
  const status = query.get('status')
  const since = timeFilter(query, 'since_last_changed') ?? Number.NEGATIVE_INFINITY
  const before = timeFilter(query, 'before_last_changed') ?? Number.POSITIVE_INFINITY
  const sortField = query.get('sort_field')
  if (sortField && !sortFields.includes(sortField))
    throw invalidResource([{ field: 'sort_field', message: `Invalid sort_field "${sortField}".` }])
  const direction = query.get('sort_dir') === 'DESC' ? -1 : 1
  const members = mapFor(sim.state.members, listId)
  let cache = listingCache.get(members)
  if (!cache || !unchangedSince(cache.snapshot, members)) {
    cache = { snapshot: [...members.values()], listings: new Map() }
    listingCache.set(members, cache)
  }
  const cacheKey = JSON.stringify([status, since, before, sortField, direction])
  const cached = cache.listings.get(cacheKey)
  if (cached) return cached
  const key = (sortField ?? 'last_changed') as SortField
  const rows: { member: MemberRecord; sortKey: number }[] = []
  for (const member of members.values()) {
    if (status ? member.status !== status : member.status === 'archived') continue
    const changed = timeOf(member, 'last_changed')
    if (changed <= since || changed > before) continue
    rows.push({ member, sortKey: timeOf(member, key) })
  }
  if (sortField)
    rows.sort((a, b) => direction * (a.sortKey - b.sortKey || a.member.web_id - b.member.web_id))
  const listing = rows.map((row) => row.member)
  cache.listings.set(cacheKey, listing)
  return listing
}

function timeFilter(query: URLSearchParams, name: string): number | null {
  const raw = query.get(name)
  if (raw === null) return null
  const ms = parseApiTimestamp(raw)
  if (ms === null)
    throw invalidResource([
      {
        field: name,
        message: `"${raw}" is not a valid ISO 8601 date-time (e.g. 2015-10-21T15:41:36+00:00).`
      }
    ])
  return ms
}

export function registerMemberRoutes(router: Router): void {
  const base = '/lists/{list_id}/members'
  router.add('GET', base, ({ sim, params, query }) => {
    requireList(sim, params.list_id)
    const members = listMembers(sim, params.list_id, query)
    return {
      body: collection('members', members, query, (member) => renderMember(sim, member), {
        list_id: params.list_id
      })
    }
  })
  router.add('POST', base, ({ sim, params, body, query }) => {
    requireList(sim, params.list_id)
    validateBody(memberPostSchema, body)
    const member = writeMember(
      sim,
      params.list_id,
      null,
      body as MemberInput,
      'post',
      query.get('skip_merge_validation') === 'true'
    )
    return { body: renderMember(sim, member) }
  })
  router.add('GET', `${base}/{subscriber_hash}`, ({ sim, params }) => {
    requireList(sim, params.list_id)
    const member = sim.state.members.get(params.list_id)?.get(hashFromPath(params.subscriber_hash))
    if (!member) throw notFound()
    return { body: renderMember(sim, member) }
  })
  for (const [method, schema, mode] of [
    ['PUT', memberPutSchema, 'put'],
    ['PATCH', memberPatchSchema, 'patch']
  ] as const) {
    router.add(method, `${base}/{subscriber_hash}`, ({ sim, params, body, query }) => {
      requireList(sim, params.list_id)
      validateBody(schema, body)
      const hash = hashFromPath(params.subscriber_hash)
      const member = writeMember(
        sim,
        params.list_id,
        hash,
        body as MemberInput,
        mode,
        query.get('skip_merge_validation') === 'true'
      )
      return { body: renderMember(sim, member) }
    })
  }
  router.add('DELETE', `${base}/{subscriber_hash}`, ({ sim, params }) => {
    requireList(sim, params.list_id)
    const members = mapFor(sim.state.members, params.list_id)
    const member = members.get(hashFromPath(params.subscriber_hash))
    if (!member || member.status === 'archived') throw notFound()
    members.set(member.id, { ...member, status: 'archived', last_changed: apiTimestamp(sim.now()) })
    return {}
  })
  router.add('POST', `${base}/{subscriber_hash}/actions/delete-permanent`, ({ sim, params }) => {
    requireList(sim, params.list_id)
    const members = mapFor(sim.state.members, params.list_id)
    const hash = hashFromPath(params.subscriber_hash)
    if (!members.delete(hash)) throw notFound()
    const forgotten = sim.state.forgotten.get(params.list_id) ?? new Set<string>()
    forgotten.add(hash)
    sim.state.forgotten.set(params.list_id, forgotten)
    return {}
  })
}
