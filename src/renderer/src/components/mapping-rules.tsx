import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import type { FieldRule, JsonValue, Source } from '../../../shared/contract'
import { describeSource, describeTransform } from '../../../shared/mapping-notation'

/**
 * The rules table of one flow. A plain path or constant source and the "update on change" switch
 * are edited in place; composite sources (concat, first of) are shown in words.
 */
export function MappingRules({
  rules,
  issues,
  onChange
}: {
  rules: FieldRule[]
  /** The core's refusals, keyed by rule index. */
  issues: Map<number, string[]>
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
            rule={rule}
            issues={issues.get(index) ?? []}
            onChange={(next) => onChange(index, next)}
          />
        ))}
      </tbody>
    </table>
  )
}

function RuleRow({
  rule,
  issues,
  onChange
}: {
  rule: FieldRule
  issues: string[]
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
        <SourceEditor
          source={rule.source}
          target={rule.target}
          describedBy={describedBy}
          onChange={(source) => onChange({ ...rule, source })}
        />
        {issues.length ? (
          <ul id={errorId} className="field-error" role="alert">
            {issues.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        ) : null}
      </td>
      <td className="mono">{rule.transforms.map(describeTransform).join(' → ') || '—'}</td>
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

function SourceEditor({
  source,
  target,
  describedBy,
  onChange
}: {
  source: Source
  target: string
  describedBy: string | undefined
  onChange: (source: Source) => void
}): React.JSX.Element {
  const { t } = useTranslation()
  if ('path' in source)
    return (
      <input
        type="text"
        className="mono"
        aria-label={`${t('mapping.source')}: ${target}`}
        aria-describedby={describedBy}
        value={source.path}
        onChange={(event) => onChange({ path: event.target.value })}
      />
    )
  if ('constant' in source)
    return (
      <input
        type="text"
        className="mono"
        aria-label={`${t('mapping.source')} (${t('mapping.constant')}): ${target}`}
        aria-describedby={describedBy}
        value={JSON.stringify(source.constant)}
        onChange={(event) => onChange({ constant: parseConstant(event.target.value) })}
      />
    )
  return <span className="mono">{describeSource(source)}</span>
}

/** What the user typed, as JSON when it is JSON (42, true, "x"), else as the text itself. */
function parseConstant(text: string): JsonValue {
  try {
    return JSON.parse(text) as JsonValue
  } catch {
    return text
  }
}
