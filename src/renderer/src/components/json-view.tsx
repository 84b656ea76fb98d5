/** A JSON text from the core, indented for reading; shown as it is when it is not JSON. */
export function JsonView({ text, label }: { text: string; label: string }): React.JSX.Element {
  return (
    <pre className="json" aria-label={label} tabIndex={0}>
      {prettyJson(text)}
    </pre>
  )
}

function prettyJson(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text), null, 2)
  } catch {
    return text
  }
}
