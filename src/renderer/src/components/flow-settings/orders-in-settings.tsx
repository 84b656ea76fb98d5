import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useId, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Settings, SettingsPatch } from '../../../../shared/contract'
import { api } from '../../api'
import { queryKeys } from '../../query-keys'
import { ErrorPanel } from '../error-panel'
import { SaveActions } from '../save-actions'
import { fieldIssue, TextField } from '../text-field'

/** Mailchimp financial statuses a shop can choose to import (Mailchimp's own words). */
const financialStatuses = ['paid', 'pending', 'authorized', 'partially_paid'] as const
const addressForms = ['byCountry', 'nl', 'be', 'fr', 'asGiven'] as const

interface Draft extends Omit<Settings['flowOptions'], 'ordersEmployeeNumber'> {
  sourceStore: string
  employeeNumber: string
  standardDebtor: string
  shippingArticle: string
  workplace: string
  paymentTerm: string
  placedSince: string
}

/**
 * The orders-in choices (web-shop orders into the till): which store and statuses, prices with
 * or without VAT, the address form, the first day to import, and what the till needs on every
 * order (employee, standard debtor, shipping article, workplace, payment term). Used on the
 * settings page and in the wizard, while the flow is on; saved with settings.update (the core
 * checks every field).
 */
export function OrdersInSettings(): React.JSX.Element | null {
  const { t } = useTranslation()
  const settings = useQuery({ queryKey: queryKeys.settings, queryFn: () => api['settings.get']() })
  const status = useQuery({ queryKey: queryKeys.syncStatus, queryFn: () => api['sync.status']() })
  // Shown while the flow is on: the choices of a flow that is off are only noise.
  if (!status.data?.flows.some((flow) => flow.flow === 'orders-in' && flow.enabled)) return null
  if (settings.isError)
    return <ErrorPanel error={settings.error} onRetry={() => void settings.refetch()} />
  if (!settings.data) return <p role="status">{t('common.loading')}</p>
  return <OrdersInForm saved={settings.data} />
}

function OrdersInForm({ saved }: { saved: Settings }): React.JSX.Element {
  const { t } = useTranslation()
  const queryClient = useQueryClient()
  const ids = { vat: useId(), form: useId(), since: useId(), statuses: useId() }
  const options = saved.flowOptions
  const text = (value: number | null) => (value === null ? '' : String(value))
  const [draft, setDraft] = useState<Draft>({
    ...options,
    sourceStore: saved.mailchimp.orderSourceStoreId ?? '',
    employeeNumber: String(options.ordersEmployeeNumber),
    standardDebtor: text(options.ordersStandardDebtor),
    shippingArticle: text(options.ordersShippingArticle),
    workplace: text(options.ordersWorkplaceNumber),
    paymentTerm: text(options.ordersPaymentTermDays),
    placedSince: options.ordersPlacedSince ?? ''
  })
  const save = useMutation({
    mutationFn: (patch: SettingsPatch) => api['settings.update'](patch),
    onSuccess: (next) => queryClient.setQueryData(queryKeys.settings, next)
  })
  const number = (value: string) => (value.trim() === '' ? null : Number(value))

  function submit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault()
    save.mutate({
      mailchimp: { orderSourceStoreId: draft.sourceStore.trim() || null },
      flowOptions: {
        ordersFinancialStatuses: draft.ordersFinancialStatuses,
        ordersPricesIncludeVat: draft.ordersPricesIncludeVat,
        ordersAddressForm: draft.ordersAddressForm,
        ordersPlacedSince: draft.placedSince || null,
        ordersEmployeeNumber: Number(draft.employeeNumber),
        ordersStandardDebtor: number(draft.standardDebtor),
        ordersShippingArticle: number(draft.shippingArticle),
        ordersWorkplaceNumber: number(draft.workplace),
        ordersPaymentTermDays: number(draft.paymentTerm)
      }
    })
  }

  const issue = (name: string) => fieldIssue(save.error, `flowOptions.${name}`)
  const toggleStatus = (status: string, on: boolean) =>
    setDraft({
      ...draft,
      ordersFinancialStatuses: on
        ? [...draft.ordersFinancialStatuses, status]
        : draft.ordersFinancialStatuses.filter((s) => s !== status)
    })

  return (
    <form className="panel form" onSubmit={submit} noValidate aria-label={t('ordersIn.title')}>
      <h2>{t('ordersIn.title')}</h2>
      <TextField
        label={t('ordersIn.sourceStore')}
        help={t('ordersIn.sourceStoreHelp')}
        value={draft.sourceStore}
        onChange={(sourceStore) => setDraft({ ...draft, sourceStore })}
        error={fieldIssue(save.error, 'mailchimp.orderSourceStoreId')}
      />
      <fieldset aria-describedby={ids.statuses}>
        <legend>{t('ordersIn.statuses')}</legend>
        {financialStatuses.map((status) => (
          <label key={status} className="field-checkbox">
            <input
              type="checkbox"
              checked={draft.ordersFinancialStatuses.includes(status)}
              onChange={(event) => toggleStatus(status, event.target.checked)}
            />
            {t(`ordersIn.status.${status}`)}
          </label>
        ))}
        <p id={ids.statuses} className="help">
          {t('ordersIn.statusesHelp')}
        </p>
      </fieldset>
      <div className="field field-checkbox">
        <input
          id={ids.vat}
          type="checkbox"
          checked={draft.ordersPricesIncludeVat}
          onChange={(event) => setDraft({ ...draft, ordersPricesIncludeVat: event.target.checked })}
        />
        <label htmlFor={ids.vat}>{t('ordersIn.pricesIncludeVat')}</label>
      </div>
      <div className="field">
        <label htmlFor={ids.form}>{t('ordersIn.addressForm')}</label>
        <select
          id={ids.form}
          value={draft.ordersAddressForm}
          onChange={(event) =>
            setDraft({
              ...draft,
              ordersAddressForm: event.target.value as Draft['ordersAddressForm']
            })
          }
        >
          {addressForms.map((form) => (
            <option key={form} value={form}>
              {t(`ordersIn.addressForms.${form}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={ids.since}>{t('ordersIn.placedSince')}</label>
        <input
          id={ids.since}
          type="date"
          value={draft.placedSince}
          onChange={(event) => setDraft({ ...draft, placedSince: event.target.value })}
        />
      </div>
      <TextField
        type="number"
        label={t('ordersIn.employeeNumber')}
        help={t('ordersIn.employeeNumberHelp')}
        value={draft.employeeNumber}
        onChange={(employeeNumber) => setDraft({ ...draft, employeeNumber })}
        error={issue('ordersEmployeeNumber')}
      />
      <TextField
        type="number"
        label={t('ordersIn.standardDebtor')}
        help={t('ordersIn.standardDebtorHelp')}
        value={draft.standardDebtor}
        onChange={(standardDebtor) => setDraft({ ...draft, standardDebtor })}
        error={issue('ordersStandardDebtor')}
      />
      <TextField
        type="number"
        label={t('ordersIn.shippingArticle')}
        help={t('ordersIn.shippingArticleHelp')}
        value={draft.shippingArticle}
        onChange={(shippingArticle) => setDraft({ ...draft, shippingArticle })}
        error={issue('ordersShippingArticle')}
      />
      <TextField
        type="number"
        label={t('ordersIn.workplace')}
        value={draft.workplace}
        onChange={(workplace) => setDraft({ ...draft, workplace })}
        error={issue('ordersWorkplaceNumber')}
      />
      <TextField
        type="number"
        label={t('ordersIn.paymentTerm')}
        help={t('ordersIn.paymentTermHelp')}
        value={draft.paymentTerm}
        onChange={(paymentTerm) => setDraft({ ...draft, paymentTerm })}
        error={issue('ordersPaymentTermDays')}
      />
      <SaveActions pending={save.isPending} saved={save.isSuccess} />
      {save.isError ? <ErrorPanel error={save.error} /> : null}
    </form>
  )
}
