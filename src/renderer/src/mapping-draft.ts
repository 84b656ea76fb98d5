import { CoreError, type FieldIssue } from '../../shared/contract'

/** The core names each refused rule by its index ("rules.3.source.path"): group them by rule. */
export function issuesByRule(error: unknown): Map<number, FieldIssue[]> {
  const byRule = new Map<number, FieldIssue[]>()
  if (!(error instanceof CoreError)) return byRule
  for (const issue of error.issues ?? []) {
    const match = /^rules\.(\d+)(\.|$)/.exec(issue.path)
    if (!match) continue
    const index = Number(match[1])
    byRule.set(index, [...(byRule.get(index) ?? []), issue])
  }
  return byRule
}

/** Refusals not tied to one rule (a required target no rule fills). */
export function mappingWideIssues(error: unknown): FieldIssue[] {
  if (!(error instanceof CoreError)) return []
  return (error.issues ?? []).filter((issue) => !/^rules\.\d+/.test(issue.path))
}

/** A value of the sample record at a dotted path (`article.imageList.0.imageUrl`). */
export function valueAt(record: unknown, path: string): unknown {
  let current = record
  for (const segment of path.split('.')) {
    if (typeof current !== 'object' || current === null) return undefined
    current = (current as Record<string, unknown>)[segment]
  }
  return current
}

/** An example value, short enough to sit beside its field. */
export function exampleText(value: unknown): string | null {
  if (value === undefined || value === null || value === '') return null
  const text = typeof value === 'string' ? value : JSON.stringify(value)
  return text.length > 40 ? `${text.slice(0, 39)}…` : text
}
