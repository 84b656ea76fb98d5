import type { Kysely } from 'kysely'
import { CoreError, issuesFromZod } from '../../../shared/contract/errors'
import {
  FlowMapping,
  LookupTable,
  LookupTables,
  mappingFlows,
  standardLookupTables,
  type MappingFlow,
  type StoredMapping
} from '../../../shared/contract/mapping'
import type { Clock } from '../clock'
import type { Database } from '../db/schema'
import { defaultMappings } from '../flows/registry'
import { defaultLookupTables } from './defaults'
import { validateMapping, type MappingIssue } from './validate-mapping'

/**
 * Mappings and lookup tables in SQLite. A flow without a stored mapping uses the built-in
 * default; everything stored has passed `validateMapping`, and everything read is parsed again so
 * a damaged row is reported instead of half-applied.
 */
export class MappingRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly clock: Clock
  ) {}

  async get(flow: MappingFlow): Promise<StoredMapping> {
    const row = await this.db
      .selectFrom('mappings')
      .select(['mapping_json', 'updated_at'])
      .where('flow', '=', flow)
      .executeTakeFirst()
    if (!row) return { flow, mapping: defaultMappings[flow], isDefault: true, updatedAt: null }
    const parsed = FlowMapping.safeParse(parseJson(row.mapping_json))
    if (!parsed.success) {
      throw new CoreError(
        'conflict',
        `The stored ${flow} mapping cannot be read (it was damaged or written by another version). Reset it to the default.`,
        issuesFromZod(parsed.error)
      )
    }
    return { flow, mapping: parsed.data, isDefault: false, updatedAt: row.updated_at }
  }

  async save(flow: MappingFlow, raw: unknown): Promise<StoredMapping> {
    const validation = validateMapping(flow, raw, await this.getLookups())
    if (!validation.ok)
      throw invalidMappingError(`The ${flow} mapping was not saved`, validation.issues)
    const mapping_json = JSON.stringify(validation.mapping)
    const updated_at = this.clock.now()
    await this.db
      .insertInto('mappings')
      .values({ flow, mapping_json, updated_at })
      .onConflict((oc) => oc.column('flow').doUpdateSet({ mapping_json, updated_at }))
      .execute()
    return { flow, mapping: validation.mapping, isDefault: false, updatedAt: updated_at }
  }

  async reset(flow: MappingFlow): Promise<StoredMapping> {
    await this.db.deleteFrom('mappings').where('flow', '=', flow).execute()
    return this.get(flow)
  }

  /** The stored tables over the (empty) standard ones. */
  async getLookups(): Promise<LookupTables> {
    const rows = await this.db
      .selectFrom('mapping_lookups')
      .select(['name', 'table_json'])
      .orderBy('name')
      .execute()
    const tables: LookupTables = { ...defaultLookupTables }
    for (const row of rows) {
      const parsed = LookupTable.safeParse(parseJson(row.table_json))
      if (!parsed.success) {
        throw new CoreError(
          'conflict',
          `The stored lookup table '${row.name}' cannot be read; save the lookup tables again.`,
          issuesFromZod(parsed.error)
        )
      }
      tables[row.name] = parsed.data
    }
    return tables
  }

  /**
   * Replaces all tables. Refused when a standard table is missing or when a flow's mapping (stored
   * or default) looks up a table that would no longer exist.
   */
  async saveLookups(raw: unknown): Promise<LookupTables> {
    const parsed = LookupTables.safeParse(raw)
    if (!parsed.success)
      throw invalidMappingError('The lookup tables were not saved', issuesFromZod(parsed.error))
    const tables = parsed.data
    const issues: MappingIssue[] = standardLookupTables
      .filter((name) => !Object.prototype.hasOwnProperty.call(tables, name))
      .map((name) => ({
        path: name,
        message: `the standard table '${name}' cannot be removed (empty it instead)`
      }))
    for (const flow of mappingFlows) {
      const validation = validateMapping(flow, (await this.get(flow)).mapping, tables)
      if (!validation.ok) {
        issues.push(
          ...validation.issues.map((issue) => ({
            ...issue,
            path: `mappings.${flow}.${issue.path}`,
            message: `${flow} mapping: ${issue.message}`
          }))
        )
      }
    }
    if (issues.length > 0) throw invalidMappingError('The lookup tables were not saved', issues)
    const updated_at = this.clock.now()
    await this.db.transaction().execute(async (trx) => {
      await trx.deleteFrom('mapping_lookups').execute()
      const rows = Object.entries(tables).map(([name, table]) => ({
        name,
        table_json: JSON.stringify(table),
        updated_at
      }))
      if (rows.length > 0) await trx.insertInto('mapping_lookups').values(rows).execute()
    })
    return this.getLookups()
  }
}

/** invalid-input with the first problem in the message and all of them, field by field, in issues. */
export function invalidMappingError(what: string, issues: MappingIssue[]): CoreError {
  const first = issues[0]?.message ?? 'it is invalid'
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : ''
  return new CoreError('invalid-input', `${what}: ${first}${more}.`, issues)
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}
