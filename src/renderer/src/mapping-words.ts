import type { TFunction } from 'i18next'
import type { FieldIssue, MappingFlow } from '../../shared/contract'
import { sourceFieldOf } from '../../shared/source-fields'

/**
 * A source path in the shop owner's words, from the field catalogue: "Postcode (Mailchimp
 * address)"; a path the catalogue does not know is shown as it is.
 */
export function sourceLabel(t: TFunction, flow: MappingFlow, path: string): string {
  const field = sourceFieldOf(flow, path)
  if (!field) return path
  const name = field.open
    ? t('mappingEditor.mergeField', { tag: field.field })
    : t(`sourceFields.${field.field}`)
  return `${name} (${t(`sourceGroups.${field.group}`)})`
}

/** A refusal of the core's mapping validation, worded at its rule (`target`). */
export function mappingIssueText(t: TFunction, target: string, issue: FieldIssue): string {
  const params = issue.params ?? {}
  const field = String(params.field ?? '')
  if (issue.code === 'unknown-field' && params.side === 'source')
    return t('mappingEditor.refusals.unknownSource', { field })
  if (issue.code === 'unknown-field' && params.side === 'target')
    return t('mappingEditor.refusals.unknownTarget', { field })
  if (issue.code === 'unknown-code' && params.kind === 'table')
    return t('mappingEditor.refusals.unknownTable', { code: String(params.code ?? '') })
  if (issue.code === 'required' && field)
    return t('mappingEditor.refusals.requiredTarget', { field })
  return t('mappingEditor.refusals.other', { field: target || issue.path })
}
