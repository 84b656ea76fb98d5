import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import type { RecordLogEntry } from '../../shared/contract'
import { flowCatalogue } from '../../shared/flows/catalogue'

/**
 * One activity-log row in words: "Klant Marie Peeters → relatie 1628", "Product Stroopwafels →
 * Mailchimp". A flow without words of its own yet reads with its name and its target system, so a
 * new flow from the catalogue shows without a change here.
 */
export function recordSubject(t: TFunction, record: RecordLogEntry): string {
  const entity = t(`activity.subjects.${record.flow}`, {
    defaultValue: t(`flows.names.${record.flow}`)
  })
  return `${entity} ${record.label ?? record.sourceId}`
}

export function recordTarget(t: TFunction, record: RecordLogEntry): string {
  const system = t(`dashboard.connectionNames.${flowCatalogue[record.flow].target}`)
  if (record.targetId === null) return system
  return t(`activity.targets.${record.flow}`, { id: record.targetId, defaultValue: system })
}

export function useRecordWords() {
  const { t } = useTranslation()
  return {
    subject: (record: RecordLogEntry) => recordSubject(t, record),
    target: (record: RecordLogEntry) => recordTarget(t, record)
  }
}
