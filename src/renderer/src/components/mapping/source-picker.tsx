import { useTranslation } from 'react-i18next'
import type { MappingFlow, Source } from '../../../../shared/contract'
import { describeSource } from '../../../../shared/mapping-notation'
import { catalogueFields } from '../../../../shared/source-fields'
import { exampleText, valueAt } from '../../mapping-draft'
import { sourceLabel } from '../../mapping-words'

/**
 * Where a rule's value comes from: a field of the flow's record picked by its label with the
 * sample record's value beside it, or the path typed as it is (a merge field of the audience's
 * own). Composite sources (joined, first of) are shown in words.
 */
export function SourcePicker({
  flow,
  source,
  target,
  sample,
  describedBy,
  onChange
}: {
  flow: MappingFlow
  source: Source
  target: string
  /** The real record the preview read, for the example values. */
  sample: unknown
  describedBy: string | undefined
  onChange: (source: Source) => void
}): React.JSX.Element {
  const { t } = useTranslation()
  if (!('path' in source))
    return (
      <span className="mono">
        {t('mappingEditor.combined', { source: describeSource(source) })}
      </span>
    )
  const fields = catalogueFields(flow)
  const listed = fields.some((field) => field.path === source.path)
  const example = exampleText(valueAt(sample, source.path))
  return (
    <div className="source-picker">
      <select
        aria-label={`${t('mappingEditor.fieldPicker')}: ${target}`}
        aria-describedby={describedBy}
        value={source.path}
        onChange={(event) => onChange({ path: event.target.value })}
      >
        {listed ? null : (
          <option value={source.path}>
            {t('mappingEditor.otherPath', { path: sourceLabel(t, flow, source.path) })}
          </option>
        )}
        {fields.map((field) => {
          const value = exampleText(valueAt(sample, field.path))
          return (
            <option key={field.path} value={field.path}>
              {sourceLabel(t, flow, field.path)}
              {value ? ` — ${value}` : ''}
            </option>
          )
        })}
      </select>
      <input
        type="text"
        className="mono"
        aria-label={`${t('mappingEditor.pathLabel')}: ${target}`}
        aria-describedby={describedBy}
        value={source.path}
        onChange={(event) => onChange({ path: event.target.value })}
      />
      <span className="help">
        {example ? t('mappingEditor.example', { value: example }) : t('mappingEditor.noExample')}
      </span>
    </div>
  )
}
