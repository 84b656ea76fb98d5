import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import type { FieldIssue, FieldRule, JsonValue, MappingFlow } from '../../../shared/contract'
import { mappingIssueText } from '../mapping-words'
import { SourcePicker } from './mapping/source-picker'
import { TransformChain } from './mapping/transform-chain'

/**
 * The rules table of one flow: per target field its source (picked from the sample record's
 * fields, or a constant), its chain of transforms and the "update on change" switch, with the
 * core's refusals at the rule they concern.
 */
export function MappingRules({
  flow,
  rules,
  issues,
  sample,
  tables,
  onChange
}: {
  flow: MappingFlow
  rules: FieldRule[]
  /** The core's refusals, keyed by rule index. */
  issues: Map<number, FieldIssue[]>
  sample: unknown
  tables: readonly string[]
  onChange: (index: number, rule: FieldRule) => void
}): React.JSX.Element {
  const { t } = useTranslation()
  return (
    <table className="mapping-rules">
      <thead>
        <tr>
          <th scope="col">{t('mapping.target')}</th>
          <th scope="col">{t('mapping.source')}</th>
          <th scope="col">{t('mapping.transforms')}</th>
          <th scope="col">{t('mapping.updateOnChange')}</th>
          <th scope="col">{t('mapping.required')}</th>
        </tr>
      </thead>
      <tbody>
        {rules.map((rule, index) => (
          <RuleRow
            key={rule.target}
            flow={flow}
            rule={rule}
            issues={issues.get(index) ?? []}
            sample={sample}
            tables={tables}
            onChange={(next) => onChange(index, next)}
          />
        ))}
      </tbody>
    </table>
  )
}

function RuleRow({
  flow,
  rule,
  issues,
  sample,
  tables,
  onChange
}: {
  flow: MappingFlow
  rule: FieldRule
  issues: FieldIssue[]
  sample: unknown
  tables: readonly string[]
  onChange: (rule: FieldRule) => void
}): React.JSX.Element {
  const { t } = useTranslation()
  const errorId = useId()
  const describedBy = issues.length ? errorId : undefined
  return (
    <tr data-target={rule.target} aria-invalid={issues.length ? true : undefined}>
      <th scope="row" className="mono">
        {rule.target}
      </th>
      <td>
        {'constant' in rule.source ? (
          <input
            type="text"
            className="mono"
            aria-label={`${t('mapping.source')} (${t('mapping.constant')}): ${rule.target}`}
            aria-describedby={describedBy}
            value={JSON.stringify(rule.source.constant)}
            onChange={(event) =>
              onChange({ ...rule, source: { constant: parseConstant(event.target.value) } })
            }
          />
        ) : (
          <SourcePicker
            flow={flow}
            source={rule.source}
            target={rule.target}
            sample={sample}
            describedBy={describedBy}
            onChange={(source) => onChange({ ...rule, source })}
          />
        )}
        {issues.length ? (
          <ul id={errorId} className="field-error" role="alert">
            {issues.map((issue, index) => (
              <li key={index}>{mappingIssueText(t, rule.target, issue)}</li>
            ))}
          </ul>
        ) : null}
      </td>
      <td>
        <TransformChain
          target={rule.target}
          transforms={rule.transforms}
          tables={tables}
          onChange={(transforms) => onChange({ ...rule, transforms })}
        />
      </td>
      <td>
        <input
          type="checkbox"
          role="switch"
          aria-label={`${t('mapping.updateOnChange')}: ${rule.target}`}
          checked={rule.updateOnChange}
          onChange={(event) => onChange({ ...rule, updateOnChange: event.target.checked })}
        />
      </td>
      <td>{rule.required ? t('mapping.yes') : t('mapping.no')}</td>
    </tr>
  )
}

/** What the user typed, as JSON when it is JSON (42, true, "x"), else as the text itself. */
function parseConstant(text: string): JsonValue {
  try {
    return JSON.parse(text) as JsonValue
  } catch {
    return text
  }
}
