import { useId } from 'react'
import { CoreError } from '../../../shared/contract'

/** A labelled input whose error (the core's issue for this field) is announced and linked. */
export function TextField({
  label,
  value,
  onChange,
  error,
  type = 'text',
  className
}: {
  label: string
  value: string
  onChange: (value: string) => void
  error?: string
  type?: 'text' | 'url' | 'number'
  className?: string
}): React.JSX.Element {
  const id = useId()
  const errorId = useId()
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type={type}
        className={className}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      {error ? (
        <p id={errorId} className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  )
}

/** The core's message for one input field (path like "mplus.port"), from a refused call. */
export function fieldIssue(error: unknown, path: string): string | undefined {
  if (!(error instanceof CoreError)) return undefined
  return error.issues?.find((issue) => issue.path === path)?.message
}
