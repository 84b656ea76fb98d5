import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { MplusReferenceData } from '../../../shared/contract/connections'
import {
  standardLookupTables,
  type JsonValue,
  type LookupTables
} from '../../../shared/contract/mapping-model'

import {
  lookupIssues,
  lookupTableShapes,
  tillCountries,
  type LookupChoice,
  type StandardLookupTable
} from '../../../shared/lookup-codes'
import { api } from '../api'
import { ErrorPanel } from '../components/error-panel'
import { queryKeys } from '../query-keys'

/**
 * The standard lookup tables (VAT code and turnover group per country, payment and delivery
 * methods): keys and values picked from the till's own reference data, a code the till does not
 * know refused at its field. The employee number and the standard debtor are options of the order
 * flow that uses them (its settings under components/flow-settings/), not lookup tables.
 */
export function LookupsPage(): React.JSX.Element {
  const { t } = useTranslation()
  const lookups = useQuery({
    queryKey: queryKeys.lookups,
    queryFn: () => api['mapping.lookups.get']()
  })
  const reference = useQuery({
    queryKey: queryKeys.referenceData,
    queryFn: () => api['mplus.referenceData']()
  })
  return (
    <section aria-labelledby="lookups-title" className="lookups">
      <h1 id="lookups-title">{t('lookups.title')}</h1>
      <p className="help">{t('lookups.intro')}</p>
      {lookups.isPending || reference.isPending ? <p role="status">{t('common.loading')}</p> : null}
      {lookups.isError ? (
        <ErrorPanel error={lookups.error} onRetry={() => void lookups.refetch()} />
      ) : null}
      {reference.isError ? (
        <ErrorPanel error={reference.error} onRetry={() => void reference.refetch()} />
      ) : null}
      {lookups.data && reference.data ? (
        <LookupsForm saved={lookups.data} reference={reference.data} />
      ) : null}
    </section>
  )
}

interface Row {
  id: number
  key: string
  value: JsonValue | undefined
}
type Draft = Record<StandardLookupTable, { rows: Row[]; other: JsonValue | undefined }>

let nextRowId = 0

function draftOf(saved: LookupTables): Draft {
  return Object.fromEntries(
    standardLookupTables.map((name) => [
      name,
      {
        rows: Object.entries(saved[name]?.entries ?? {}).map(([key, value]) => ({
          id: nextRowId++,
          key,
          value
        })),
        other: saved[name]?.default
      }
    ])
  ) as Draft
}

function tablesOf(saved: LookupTables, draft: Draft): LookupTables {
  const tables: LookupTables = { ...saved }
  for (const name of standardLookupTables) {
    const entries: Record<string, JsonValue> = {}
    for (const row of draft[name].rows)
      if (row.key.trim() !== '' && row.value !== undefined) entries[row.key.trim()] = row.value
    tables[name] = {
      entries,
      ...(draft[name].other === undefined ? {} : { default: draft[name].other })
    }
  }
  return tables
}

function LookupsForm({
  saved,
  reference
}: {
  saved: LookupTables
  reference: MplusReferenceData
}): React.JSX.Element {
  const { t } = useTranslation()
  const queryClient = useQueryClient()
  const [draft, setDraft] = useState<Draft>(() => draftOf(saved))
  const tables = tablesOf(saved, draft)
  const unknown = lookupIssues(tables, reference)
  const save = useMutation({
    mutationFn: () => api['mapping.lookups.save']({ lookups: tables }),
    onSuccess: (next) => queryClient.setQueryData(queryKeys.lookups, next)
  })

  /** What is wrong with one row, worded; undefined when it is fine. */
  function rowProblem(name: StandardLookupTable, row: Row): string | undefined {
    const key = row.key.trim()
    const keyLabel = t(`lookups.keyLabels.${lookupTableShapes[name].key}`)
    if (key === '') return t('issues.required', { field: keyLabel })
    if (draft[name].rows.some((other) => other.id !== row.id && other.key.trim() === key))
      return t('lookups.duplicate', { key })
    if (row.value === undefined) return t('issues.required', { field: t(`lookups.values.${name}`) })
    const issue = unknown.find(
      (candidate) =>
        candidate.path === `${name}.entries.${key}` || candidate.path === `${name}.keys.${key}`
    )
    return issue ? t('issues.unknown-code', { field: key, code: issue.params?.code }) : undefined
  }

  const problems = standardLookupTables.flatMap((name) =>
    draft[name].rows.flatMap((row) => (rowProblem(name, row) ? [row.id] : []))
  )
  const otherProblems = unknown.filter((issue) => issue.path.endsWith('.default'))
  const blocked = problems.length + otherProblems.length > 0

  function submit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault()
    if (!blocked) save.mutate()
  }

  function change(name: StandardLookupTable, next: Partial<Draft[StandardLookupTable]>): void {
    save.reset()
    setDraft({ ...draft, [name]: { ...draft[name], ...next } })
  }

  return (
    <form className="lookups-form" onSubmit={submit} noValidate>
      {standardLookupTables.map((name) => (
        <LookupTableFieldset
          key={name}
          name={name}
          table={draft[name]}
          reference={reference}
          problem={(row) => rowProblem(name, row)}
          otherProblem={
            otherProblems.some((issue) => issue.path === `${name}.default`)
              ? t('issues.unknown-code', {
                  field: t('lookups.other'),
                  code: String(draft[name].other)
                })
              : undefined
          }
          onChange={(next) => change(name, next)}
        />
      ))}
      <div className="actions">
        <button type="submit" disabled={save.isPending || blocked}>
          {t('setup.save')}
        </button>
        <span role="status" className="saved">
          {save.isSuccess ? t('setup.saved') : blocked ? t('lookups.fixFirst') : ''}
        </span>
      </div>
      {save.isError ? <ErrorPanel error={save.error} /> : null}
    </form>
  )
}

function LookupTableFieldset({
  name,
  table,
  reference,
  problem,
  otherProblem,
  onChange
}: {
  name: StandardLookupTable
  table: Draft[StandardLookupTable]
  reference: MplusReferenceData
  problem: (row: Row) => string | undefined
  otherProblem: string | undefined
  onChange: (next: Partial<Draft[StandardLookupTable]>) => void
}): React.JSX.Element {
  const { t } = useTranslation()
  const shape = lookupTableShapes[name]
  const titleId = `lookup-${name}`
  const valueLabel = t(`lookups.values.${name}`)
  const keyLabel = t(`lookups.keyLabels.${shape.key}`)
  const countries = tillCountries(reference)
  const setRow = (id: number, next: Partial<Row>): void =>
    onChange({ rows: table.rows.map((row) => (row.id === id ? { ...row, ...next } : row)) })
  return (
    <fieldset className="panel lookup-table" aria-labelledby={titleId} data-table={name}>
      <h2 id={titleId}>{t(`lookups.titles.${name}`)}</h2>
      <p className="help">{t(`lookups.helps.${name}`)}</p>
      {table.rows.length === 0 ? <p className="muted">{t('lookups.empty')}</p> : null}
      {table.rows.length > 0 ? (
        <table>
          <thead>
            <tr>
              <th scope="col">{keyLabel}</th>
              <th scope="col">{valueLabel}</th>
              <th scope="col">
                <span className="visually-hidden">{t('lookups.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row, index) => {
              const text = problem(row)
              const errorId = `${titleId}-error-${row.id}`
              const rowName = row.key.trim() || String(index + 1)
              return (
                <tr key={row.id}>
                  <td>
                    {shape.key === 'country' ? (
                      <select
                        aria-label={`${keyLabel} ${index + 1}`}
                        value={row.key}
                        aria-invalid={text ? true : undefined}
                        aria-describedby={text ? errorId : undefined}
                        onChange={(event) => setRow(row.id, { key: event.target.value })}
                      >
                        <option value="">{t('lookups.choose')}</option>
                        {countries.map((country) => (
                          <option key={country} value={country}>
                            {country}
                          </option>
                        ))}
                        {row.key && !countries.includes(row.key) ? (
                          <option value={row.key}>{row.key}</option>
                        ) : null}
                      </select>
                    ) : (
                      <input
                        type="text"
                        aria-label={`${keyLabel} ${index + 1}`}
                        value={row.key}
                        aria-invalid={text ? true : undefined}
                        aria-describedby={text ? errorId : undefined}
                        onChange={(event) => setRow(row.id, { key: event.target.value })}
                      />
                    )}
                    {text ? (
                      <p id={errorId} className="field-error">
                        {text}
                      </p>
                    ) : null}
                  </td>
                  <td>
                    <CodeSelect
                      label={`${valueLabel} ${rowName}`}
                      choices={shape.choices(
                        reference,
                        shape.key === 'country' ? row.key : undefined
                      )}
                      value={row.value}
                      invalid={text !== undefined}
                      onChange={(value) => setRow(row.id, { value })}
                    />
                  </td>
                  <td>
                    <button
                      type="button"
                      className="button-secondary button-small"
                      aria-label={t('lookups.removeRow', { key: rowName })}
                      onClick={() =>
                        onChange({ rows: table.rows.filter((other) => other.id !== row.id) })
                      }
                    >
                      {t('lookups.remove')}
                    </button>
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      ) : null}
      <div className="inline">
        <button
          type="button"
          className="button-secondary button-small"
          onClick={() =>
            onChange({ rows: [...table.rows, { id: nextRowId++, key: '', value: undefined }] })
          }
        >
          {t('lookups.addRow')}
        </button>
      </div>
      <div className="field">
        <CodeSelect
          label={`${t('lookups.other')}: ${valueLabel}`}
          visibleLabel
          choices={shape.choices(reference)}
          value={table.other}
          invalid={otherProblem !== undefined}
          onChange={(other) => onChange({ other })}
        />
        {otherProblem ? <p className="field-error">{otherProblem}</p> : null}
      </div>
    </fieldset>
  )
}

/** A pick of one code the till knows; a stored code it does not know stays visible (and refused). */
function CodeSelect({
  label,
  visibleLabel = false,
  choices,
  value,
  invalid,
  onChange
}: {
  label: string
  visibleLabel?: boolean
  choices: LookupChoice[]
  value: JsonValue | undefined
  invalid: boolean
  onChange: (value: JsonValue | undefined) => void
}): React.JSX.Element {
  const { t } = useTranslation()
  const current = value === undefined ? '' : String(value as string | number)
  const select = (
    <select
      aria-label={visibleLabel ? undefined : label}
      value={current}
      aria-invalid={invalid ? true : undefined}
      onChange={(event) =>
        onChange(choices.find((choice) => String(choice.code) === event.target.value)?.code)
      }
    >
      <option value="">{t('lookups.choose')}</option>
      {choices.map((choice) => (
        <option key={String(choice.code)} value={String(choice.code)}>
          {choice.label}
        </option>
      ))}
      {current && !choices.some((choice) => String(choice.code) === current) ? (
        <option value={current}>{current}</option>
      ) : null}
    </select>
  )
  return visibleLabel ? (
    <label className="stacked-label">
      <span>{label}</span>
      {select}
    </label>
  ) : (
    select
  )
}
