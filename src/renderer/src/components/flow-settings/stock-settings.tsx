import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Settings } from '../../../../shared/contract'
import { stockCalculations, type StockCalculation } from '../../../../shared/flows/catalogue'
import { api } from '../../api'
import { queryKeys } from '../../query-keys'
import { ErrorPanel } from '../error-panel'
import { FlowSwitch } from '../flow-switch'

/**
 * The stock flow's settings: its switch ("Mailchimp manages stock" — the stock flow's on/off,
 * the one thing that decides whether Kassabrug writes stock levels), the branch it needs, the
 * calculation and negative levels, with a live example from the till's own recent stock.
 * `withSwitch`: false where the page shows the flow switches itself (the wizard's flows step).
 */
export function StockSettings({ withSwitch }: { withSwitch: boolean }): React.JSX.Element | null {
  const { t } = useTranslation()
  const settings = useQuery({ queryKey: queryKeys.settings, queryFn: () => api['settings.get']() })
  const status = useQuery({ queryKey: queryKeys.syncStatus, queryFn: () => api['sync.status']() })
  const stock = status.data?.flows.find((flow) => flow.flow === 'stock')
  if (!settings.data || !stock) return null
  return (
    <div className="form" role="group" aria-labelledby="stock-settings-title">
      <h2 id="stock-settings-title">{t('stockSettings.title')}</h2>
      {withSwitch ? (
        <div className="field">
          <FlowSwitch flow={stock} label={t('stockSettings.manages')} />
          <p className="help">{t('stockSettings.managesHelp')}</p>
        </div>
      ) : null}
      {stock.enabled ? <StockChoices saved={settings.data} /> : null}
    </div>
  )
}

function StockChoices({ saved }: { saved: Settings }): React.JSX.Element {
  const { t } = useTranslation()
  const queryClient = useQueryClient()
  const negativeId = useId()
  const [calculation, setCalculation] = useState<StockCalculation>(
    saved.flowOptions.stockCalculation
  )
  const [allowNegative, setAllowNegative] = useState(saved.flowOptions.stockAllowNegative)
  const branchNumber = saved.mplus.branchNumber
  const save = useMutation({
    mutationFn: () =>
      api['settings.update']({
        flowOptions: { stockCalculation: calculation, stockAllowNegative: allowNegative }
      }),
    onSuccess: (next) => queryClient.setQueryData(queryKeys.settings, next)
  })
  if (branchNumber === null) {
    return (
      <p className="panel notice-warn" role="alert">
        {t('stockSettings.branchMissing')}
      </p>
    )
  }
  return (
    <>
      <p>{t('stockSettings.branch', { branch: branchNumber })}</p>
      <fieldset className="field">
        <legend>{t('stockSettings.calculation')}</legend>
        {stockCalculations.map((choice) => (
          <label key={choice} className="field-radio">
            <input
              type="radio"
              name="stock-calculation"
              value={choice}
              checked={calculation === choice}
              onChange={() => setCalculation(choice)}
            />
            {t(`stockSettings.calculations.${choice}`)}
          </label>
        ))}
      </fieldset>
      <div className="field field-checkbox">
        <input
          id={negativeId}
          type="checkbox"
          checked={allowNegative}
          onChange={(event) => setAllowNegative(event.target.checked)}
        />
        <label htmlFor={negativeId}>{t('stockSettings.negative')}</label>
        <p className="help">{t('stockSettings.negativeHelp')}</p>
      </div>
      <StockExampleTable
        branchNumber={branchNumber}
        allowNegative={allowNegative}
        chosen={calculation}
      />
      <div className="actions">
        <button type="button" disabled={save.isPending} onClick={() => save.mutate()}>
          {t('stockSettings.save')}
        </button>
        <span role="status" className="saved">
          {save.isSuccess ? t('stockSettings.saved') : ''}
        </span>
      </div>
      {save.isError ? <ErrorPanel error={save.error} /> : null}
    </>
  )
}

/** A few recently changed articles of the branch and the level each calculation makes of them. */
function StockExampleTable({
  branchNumber,
  allowNegative,
  chosen
}: {
  branchNumber: number
  allowNegative: boolean
  chosen: StockCalculation
}): React.JSX.Element {
  const { t, i18n } = useTranslation()
  const example = useQuery({
    queryKey: [...queryKeys.stockExample, branchNumber, allowNegative],
    queryFn: () => api['mplus.stockExample']({ branchNumber, allowNegative })
  })
  const number = (value: number) => value.toLocaleString(i18n.language)
  return (
    <div className="field" data-testid="stock-example">
      <h3>{t('stockSettings.example')}</h3>
      <p className="help">{t('stockSettings.exampleHelp')}</p>
      {example.isError ? <ErrorPanel error={example.error} /> : null}
      {example.data && example.data.articles.length === 0 ? (
        <p>{t('stockSettings.exampleEmpty')}</p>
      ) : null}
      {example.data && example.data.articles.length > 0 ? (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('stockSettings.article')}</th>
              <th scope="col">{t('stockSettings.free')}</th>
              <th scope="col">{t('stockSettings.reserved')}</th>
              <th scope="col">{t('stockSettings.incoming')}</th>
              {stockCalculations.map((choice) => (
                <th key={choice} scope="col" aria-current={choice === chosen ? 'true' : undefined}>
                  {t(`stockSettings.calculations.${choice}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {example.data.articles.map((article) => (
              <tr key={article.articleNumber}>
                <th scope="row">{article.articleNumber}</th>
                <td>{number(article.free)}</td>
                <td>{number(article.reserved)}</td>
                <td>{number(article.incoming)}</td>
                {stockCalculations.map((choice) => (
                  <td
                    key={choice}
                    data-calculation={choice}
                    aria-current={choice === chosen ? 'true' : undefined}
                  >
                    {choice === chosen ? (
                      <strong>{article.levels[choice]}</strong>
                    ) : (
                      article.levels[choice]
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </div>
  )
}
