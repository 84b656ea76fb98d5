import type { TFunction } from 'i18next'
import type { RecordLogEntry } from '../../shared/contract'
import { codeWords } from '../../shared/code-words'
import { api } from './api'
import type { RecordFilter } from './components/record-list'
import { formatTime } from './format-time'
import { csvCell } from './log-rows'
import { recordSubject, recordTarget } from './record-words'

/** The most rows one export carries (the log keeps far fewer in a normal retention window). */
const exportLimit = 20_000

/**
 * The filtered log rows as CSV in the UI language: when, flow, record, where it went, outcome,
 * reason and both ids. Never a payload, so nothing a record carried (or a secret) leaves this way.
 */
export async function exportLog(
  t: TFunction,
  language: string,
  filter: RecordFilter
): Promise<{ csv: string; rows: number }> {
  const records: RecordLogEntry[] = []
  let before: number | undefined
  do {
    const page = await api['log.records']({ ...filter, before, limit: 500 })
    records.push(...page.records)
    before = page.nextBefore ?? undefined
  } while (before !== undefined && records.length < exportLimit)
  const header = [
    'at',
    'flow',
    'record',
    'target',
    'outcome',
    'reason',
    'sourceId',
    'targetId'
  ].map((column) => t(`activity.csv.${column}`))
  const words = codeWords((key, values) => t(key, values ?? {}))
  const lines = records.map((record) => [
    formatTime(record.at, language),
    t(`flows.names.${record.flow}`),
    recordSubject(t, record),
    recordTarget(t, record),
    t(`activity.outcomes.${record.outcome}`),
    record.notices.length
      ? record.notices.map((notice) => words.notice(notice)).join(' ')
      : (record.reason ?? ''),
    record.sourceId,
    record.targetId ?? ''
  ])
  const csv = [header, ...lines].map((cells) => cells.map(csvCell).join(';')).join('\r\n')
  return { csv: `\uFEFF${csv}\r\n`, rows: records.length }
}

/** Offers a text as a file download (the browser's or Electron's own save). */
export function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }))
  const link = document.createElement('a')
  link.href = url
  link.download = name
  link.click()
  URL.revokeObjectURL(url)
}
