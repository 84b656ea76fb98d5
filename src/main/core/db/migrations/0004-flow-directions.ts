import { sql, type Kysely } from 'kysely'

// A shipped migration is never edited: add a new numbered file instead.

/**
 * The categories flow used to run either way, chosen by `settings.flowOptions.categoriesDirection`,
 * under one flow id, ledger, checkpoint and pending queue. Mailchimp → Mplus is now a flow of its
 * own, `product-types`. This carries each stored row to the flow it belongs to: by its content
 * where the content tells (a categories ledger row targets `type:<name>`, a product-types row an
 * article group number; a pending categories record has a `groupNumber`, a product type only a
 * `type`), else by the stored direction. On/off, schedule and checkpoint follow the stored
 * direction; the setting itself is removed. Run history stays as it was logged.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const direction = await storedDirection(db)
  const reverse = direction === 'mailchimp-to-mplus'
  const fallback = reverse ? 'product-types' : 'categories'

  await sql`update sync_pending set flow = case
      when json_valid(source_json) and json_type(source_json, '$.groupNumber') is not null then 'categories'
      when json_valid(source_json) and json_type(source_json, '$.type') is not null then 'product-types'
      else ${fallback} end
    where flow = 'categories'`.execute(db)

  await sql`update sync_ledger set flow = case
      when target_id like 'type:%' then 'categories'
      when target_id is not null then 'product-types'
      when exists (select 1 from sync_pending p where p.flow = 'product-types'
        and p.source_id = sync_ledger.source_id) then 'product-types'
      when exists (select 1 from sync_pending p where p.flow = 'categories'
        and p.source_id = sync_ledger.source_id) then 'categories'
      else ${fallback} end
    where flow = 'categories'`.execute(db)

  if (reverse) {
    for (const table of ['sync_checkpoints', 'sync_flows']) {
      await sql`update ${sql.table(table)} set flow = 'product-types' where flow = 'categories'`.execute(
        db
      )
    }
  }
  await forgetDirection(db)
}

async function storedDirection(db: Kysely<unknown>): Promise<unknown> {
  const { rows } = await sql<{ value_json: string }>`
    select value_json from settings where key = 'app'`.execute(db)
  if (rows.length === 0) return undefined
  try {
    const settings = JSON.parse(rows[0].value_json) as { flowOptions?: Record<string, unknown> }
    return settings.flowOptions?.categoriesDirection
  } catch {
    // Unreadable settings are reported by the settings repository; the default direction applies.
    return undefined
  }
}

async function forgetDirection(db: Kysely<unknown>): Promise<void> {
  await sql`update settings set value_json = json_remove(value_json, '$.flowOptions.categoriesDirection')
    where key = 'app' and json_valid(value_json)`.execute(db)
}
