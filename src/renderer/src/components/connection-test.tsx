import { useMutation } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import type { ConnectionId } from '../../../shared/contract'
import { api } from '../api'
import { ErrorPanel } from './error-panel'

/**
 * The Test button of a connection: saves what is on screen first (the core tests the stored
 * settings), then shows the core's verdict in green or red with its own sentence.
 */
export function ConnectionTest({
  connection,
  save
}: {
  connection: ConnectionId
  save: () => Promise<unknown>
}): React.JSX.Element {
  const { t } = useTranslation()
  const test = useMutation({
    mutationFn: async () => {
      await save()
      return api['connections.test']({ connection })
    }
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
      <div role="status" data-testid={`test-result-${connection}`}>
        {test.data ? (
          <p className={test.data.ok ? 'result-ok' : 'result-failed'} data-ok={test.data.ok}>
            {test.data.ok ? '✓ ' : '✗ '}
            {test.data.message}
          </p>
        ) : null}
      </div>
      {test.isError ? <ErrorPanel error={test.error} /> : null}
    </div>
  )
}
