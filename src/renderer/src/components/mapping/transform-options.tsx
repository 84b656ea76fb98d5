import { useTranslation } from 'react-i18next'
import type { JsonValue, Transform } from '../../../../shared/contract'
import { describeTransform } from '../../../../shared/mapping-notation'

/** The options of one transform in the chain (the text of a prefix, the table of a lookup, …). */
export function TransformOptions({
  transform,
  name,
  tables,
  onChange
}: {
  transform: Transform
  /** The transform's name with its rule, for the accessible labels. */
  name: string
  tables: readonly string[]
  onChange: (transform: Transform) => void
}): React.JSX.Element | null {
  const { t } = useTranslation()
  const label = (what: string) => `${t(`mappingEditor.${what}`)}: ${name}`
  switch (transform.kind) {
    case 'prefix':
    case 'suffix':
      return (
        <input
          type="text"
          aria-label={label('text')}
          value={transform.text}
          onChange={(event) => onChange({ ...transform, text: event.target.value })}
        />
      )
    case 'lookup':
      return (
        <>
          <select
            aria-label={label('table')}
            value={transform.table}
            onChange={(event) => onChange({ ...transform, table: event.target.value })}
          >
            {tables.includes(transform.table) ? null : (
              <option value={transform.table}>{transform.table}</option>
            )}
            {tables.map((table) => (
              <option key={table} value={table}>
                {t(`lookups.titles.${table}`, { defaultValue: table })}
              </option>
            ))}
          </select>
          <select
            aria-label={label('onMissing')}
            value={transform.onMissing}
            onChange={(event) =>
              onChange({ ...transform, onMissing: event.target.value as 'error' | 'empty' })
            }
          >
            <option value="error">{t('mappingEditor.missing.error')}</option>
            <option value="empty">{t('mappingEditor.missing.empty')}</option>
          </select>
        </>
      )
    case 'inclToExclVat':
    case 'exclToInclVat':
      return 'constant' in transform.rate ? (
        <input
          type="number"
          min={0}
          max={100}
          aria-label={label('rate')}
          value={transform.rate.constant}
          onChange={(event) =>
            onChange({ ...transform, rate: { constant: Number(event.target.value) } })
          }
        />
      ) : (
        <span>{t('mappingEditor.rateFromField', { path: transform.rate.path })}</span>
      )
    case 'truncate':
      return (
        <input
          type="number"
          min={1}
          aria-label={label('maxLength')}
          value={transform.maxLength}
          onChange={(event) => onChange({ ...transform, maxLength: Number(event.target.value) })}
        />
      )
    case 'default':
      return (
        <input
          type="text"
          aria-label={label('value')}
          value={
            typeof transform.value === 'string' ? transform.value : JSON.stringify(transform.value)
          }
          onChange={(event) => onChange({ ...transform, value: parseValue(event.target.value) })}
        />
      )
    case 'splitStreet':
      return (
        <select
          aria-label={label('part')}
          value={transform.part}
          onChange={(event) =>
            onChange({ ...transform, part: event.target.value as typeof transform.part })
          }
        >
          {(['street', 'houseNumber', 'suffix'] as const).map((part) => (
            <option key={part} value={part}>
              {t(`mappingEditor.parts.${part}`)}
            </option>
          ))}
        </select>
      )
    case 'joinStreet':
      return (
        <label>
          <input
            type="checkbox"
            checked={transform.numberFirst}
            onChange={(event) => onChange({ ...transform, numberFirst: event.target.checked })}
          />{' '}
          {t('mappingEditor.numberFirst')}
        </label>
      )
    case 'concat':
      return <span className="mono">{describeTransform(transform)}</span>
    default:
      return null
  }
}

/** A number or true/false typed as such stays one; anything else is text. */
function parseValue(text: string): JsonValue {
  if (/^-?\d+(\.\d+)?$/.test(text.trim())) return Number(text)
  if (text === 'true' || text === 'false') return text === 'true'
  return text
}
