import type { SimulatorContext } from '../context'
import { bool, obj, str, validateBody, type BodySchema } from '../body-schema'
import { selfLinks } from '../links'
import { badRequest, notFound } from '../problem'
import { collection } from '../projection'
import type { Router } from '../router'
import type { ListRecord, MergeFieldRecord, MergeFieldType } from '../state'

export function requireList(sim: SimulatorContext, listId: string): ListRecord {
  const list = sim.state.lists.get(listId)
  if (!list) throw notFound()
  return list
}

function renderList(sim: SimulatorContext, list: ListRecord): Record<string, unknown> {
  const members = [...(sim.state.members.get(list.id)?.values() ?? [])]
  const countOf = (status: string): number =>
    members.filter((member) => member.status === status).length
  return {
    ...list,
    stats: {
      member_count: countOf('subscribed'),
      unsubscribe_count: countOf('unsubscribed'),
      cleaned_count: countOf('cleaned'),
      total_contacts: members.length
    },
    _links: selfLinks(sim, `/lists/${list.id}`)
  }
}

function renderMergeField(sim: SimulatorContext, field: MergeFieldRecord): Record<string, unknown> {
  return {
    ...field,
    _links: selfLinks(sim, `/lists/${field.list_id}/merge-fields/${field.merge_id}`)
  }
}

const mergeFieldTypes: readonly MergeFieldType[] = [
  'text',
  'number',
  'address',
  'phone',
  'date',
  'url',
  'imageurl',
  'radio',
  'dropdown',
  'birthday',
  'zip'
]

const mergeFieldSchema: BodySchema = obj(
  {
    tag: { type: 'string', maxLength: 10 },
    name: str,
    type: { type: 'string', enum: mergeFieldTypes },
    required: bool,
    default_value: str,
    public: bool,
    help_text: str
  },
  ['name', 'type']
)

export function registerListRoutes(router: Router): void {
  router.add('GET', '/lists', ({ sim, query }) => {
    const lists = [...sim.state.lists.values()]
    return { body: collection('lists', lists, query, (list) => renderList(sim, list)) }
  })
  router.add('GET', '/lists/{list_id}', ({ sim, params }) => ({
    body: renderList(sim, requireList(sim, params.list_id))
  }))
  router.add('GET', '/lists/{list_id}/merge-fields', ({ sim, params, query }) => {
    requireList(sim, params.list_id)
    const fields = sim.state.mergeFields.get(params.list_id) ?? []
    return {
      body: collection('merge_fields', fields, query, (field) => renderMergeField(sim, field), {
        list_id: params.list_id
      })
    }
  })
  router.add('POST', '/lists/{list_id}/merge-fields', ({ sim, params, body }) => {
    requireList(sim, params.list_id)
    validateBody(mergeFieldSchema, body)
    const input = body as { tag?: string; name: string; type: MergeFieldType; required?: boolean }
    const fields = sim.state.mergeFields.get(params.list_id) ?? []
    const tag = (input.tag ?? input.name.replace(/[^A-Za-z0-9]/g, '').slice(0, 10)).toUpperCase()
    if (fields.some((field) => field.tag === tag))
      throw badRequest(`A Merge Field with the tag "${tag}" already exists for this list.`)
    const field = addMergeField(sim, params.list_id, {
      tag,
      name: input.name,
      type: input.type,
      required: !!input.required
    })
    return { body: renderMergeField(sim, field) }
  })
}

export function addMergeField(
  sim: SimulatorContext,
  listId: string,
  spec: { tag: string; name: string; type: MergeFieldType; required?: boolean }
): MergeFieldRecord {
  const fields = sim.state.mergeFields.get(listId) ?? []
  const field: MergeFieldRecord = {
    merge_id: fields.length + 1,
    tag: spec.tag,
    name: spec.name,
    type: spec.type,
    required: spec.required ?? false,
    default_value: '',
    public: true,
    display_order: fields.length + 1,
    options: spec.type === 'address' ? { default_country: 164 } : {},
    help_text: '',
    list_id: listId
  }
  sim.state.mergeFields.set(listId, [...fields, field])
  return field
}
