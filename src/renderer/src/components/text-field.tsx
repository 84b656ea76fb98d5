import { useId } from 'react'
import { CoreError, type FieldIssue } from '../../../shared/contract'
import { useWording } from '../wording'

/** A labelled input whose error (the core's issue for this field) is announced and linked. */
export function TextField({
  label,
  value,
  onChange,
  error,
  type = 'text',
  className,
  help
}: {
  label: string
  value: string
  onChange: (value: string) => void
  error?: FieldIssue
  type?: 'text' | 'url' | 'number' | 'password' | 'date'
  className?: string
  help?: string
}): React.JSX.Element {
  const word = useWording()
  const id = useId()
  const helpId = useId()
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
        aria-describedby={[help && helpId, error && errorId].filter(Boolean).join(' ') || undefined}
        autoComplete={type === 'password' ? 'off' : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      {help ? (
        <p id={helpId} className="help">
          {help}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="field-error">
          {word.issue(error)}
        </p>
      ) : null}
    </div>
  )
}

/** The core's refusal of one input field (path like "mplus.port"), from a refused call. */
export function fieldIssue(error: unknown, path: string): FieldIssue | undefined {
  if (!(error instanceof CoreError)) return undefined
  return error.issues?.find((issue) => issue.path === path)
}
