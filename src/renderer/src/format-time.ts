/** A core timestamp (epoch milliseconds) as local date and time in the UI language. */
export function formatTime(epochMs: number, language: string): string {
  return new Date(epochMs).toLocaleString(language, { dateStyle: 'short', timeStyle: 'medium' })
}
