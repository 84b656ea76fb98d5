import { useMutation } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import type { CallInput, ConnectionTestResult } from '../../../shared/contract'
import { api } from '../api'
import { useWording } from '../wording'
import { ErrorPanel, TechnicalDetail } from './error-panel'

export type ConnectionTestInput = CallInput<'connections.test'>

/**
 * The Test button of a connection: tests what is typed on screen (nothing is stored by testing)
 * and shows the verdict in green or red, in words, with what the connection reached.
 */
export function ConnectionTest({
  input,
  onResult
}: {
  /** The connection and its draft as typed, or a field refusal before anything is sent. */
  input: () => ConnectionTestInput
  onResult?: (result: ConnectionTestResult) => void
}): React.JSX.Element {
  const { t } = useTranslation()
  const probe = input()
  const test = useMutation({
    mutationFn: () => api['connections.test'](input()),
    onSuccess: onResult
  })
  return (
    <div className="connection-test">
      <button
        type="button"
        className="button-secondary"
        disabled={test.isPending}
        onClick={() => test.mutate()}
      >
        {test.isPending ? t('setup.testing') : t('setup.test')}
      </button>
      <div role="status" data-testid={`test-result-${probe.connection}`}>
        {test.data ? <TestVerdict result={test.data} /> : null}
      </div>
      {test.isError ? <ErrorPanel error={test.error} /> : null}
    </div>
  )
}

function TestVerdict({ result }: { result: ConnectionTestResult }): React.JSX.Element {
  const { t } = useTranslation()
  const word = useWording()
  const reached = [
    result.accountName ? t('connectionTest.account', { name: result.accountName }) : null,
    result.audiences ? t('connectionTest.audiences', { count: result.audiences.length }) : null,
    result.apiVersion ? t('connectionTest.apiVersion', { version: result.apiVersion }) : null,
    result.branches
      ? t('connectionTest.branches', {
          names: result.branches.map((branch) => branch.name).join(', ')
        })
      : null
  ].filter((line): line is string => line !== null)
  return (
    <div className={result.ok ? 'result-ok' : 'result-failed'} data-ok={result.ok}>
      <p>
        {result.ok ? '✓ ' : '✗ '}
        {word.test(result)}
      </p>
      {reached.length > 0 ? (
        <ul className="reached">
          {reached.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : null}
      <TechnicalDetail text={result.params.detail} />
    </div>
  )
}
