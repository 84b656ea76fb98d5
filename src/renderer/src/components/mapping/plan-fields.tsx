import { useTranslation } from 'react-i18next'
import type { FieldPlan } from '../../../../shared/contract'
import { useCodeWords } from '../../wording'

/** What each rule of the draft makes of the record: its value, left out, or cannot be filled. */
export function PlanFields({ fields }: { fields: FieldPlan[] }): React.JSX.Element | null {
  const { t } = useTranslation()
  const words = useCodeWords()
  if (fields.length === 0) return null
  return (
    <table className="plan-fields" aria-label={t('mappingEditor.fieldsTitle')}>
      <thead>
        <tr>
          <th scope="col">{t('mapping.target')}</th>
          <th scope="col">{t('mappingEditor.value')}</th>
        </tr>
      </thead>
      <tbody>
        {fields.map((field) => (
          <tr key={field.target} data-target={field.target}>
            <th scope="row" className="mono">
              {field.target}
            </th>
            <td className={field.outcome.kind === 'error' ? 'field-error' : 'mono'}>
              {field.outcome.kind === 'value'
                ? JSON.stringify(field.outcome.value)
                : field.outcome.kind === 'omitted'
                  ? t('mappingEditor.omitted')
                  : `${t('mappingEditor.fieldError')}: ${words.notice({
                      code: field.outcome.code,
                      params: field.outcome.params ?? {}
                    })}`}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
