import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../api'
import { formatTime } from '../format-time'
import { queryKeys } from '../query-keys'
import { ConfirmDialog } from './confirm-dialog'
import { ErrorPanel } from './error-panel'

/** The last database backup, a Back up now button and Restore (after a confirmation). */
export function BackupPanel(): React.JSX.Element {
  const { t, i18n } = useTranslation()
  const queryClient = useQueryClient()
  const [confirming, setConfirming] = useState(false)
  const status = useQuery({ queryKey: queryKeys.dbStatus, queryFn: () => api['db.status']() })
  const refresh = () => queryClient.invalidateQueries({ queryKey: queryKeys.dbStatus })
  const backup = useMutation({ mutationFn: () => api['db.backup'](), onSuccess: refresh })
  const restore = useMutation({
    mutationFn: (file: string) => api['db.restore']({ file }),
    // Everything the pages show may have changed with the data.
    onSuccess: () => queryClient.invalidateQueries()
  })
  const last = status.data?.backups[0] ?? null
  const busy = backup.isPending || restore.isPending
  return (
    <section className="panel" aria-labelledby="backup-title">
      <h2 id="backup-title">{t('backup.title')}</h2>
      {/* aria-live rather than role=status: the page may have its own status line. */}
      {status.isPending ? <p aria-live="polite">{t('common.loading')}</p> : null}
      {status.isError ? (
        <ErrorPanel error={status.error} onRetry={() => void status.refetch()} />
      ) : null}
      {status.data ? (
        <dl>
          <dt>{t('backup.last')}</dt>
          <dd data-testid="last-backup">
            {last
              ? `${formatTime(last.createdAt, i18n.language)} (${t(`backup.reasons.${last.reason}`)})`
              : t('backup.none')}
          </dd>
          <dt>{t('backup.folder')}</dt>
          <dd>
            <code>{status.data.backupFolder}</code>{' '}
            {t('backup.count', { count: status.data.backups.length })}
          </dd>
        </dl>
      ) : null}
      <div className="actions">
        <button type="button" disabled={busy} onClick={() => backup.mutate()}>
          {backup.isPending ? t('backup.backingUp') : t('backup.backupNow')}
        </button>
        <button type="button" disabled={busy || !last} onClick={() => setConfirming(true)}>
          {restore.isPending ? t('backup.restoring') : t('backup.restore')}
        </button>
        <span aria-live="polite" className="saved">
          {restore.isSuccess ? t('backup.restored') : ''}
        </span>
      </div>
      {backup.isError ? <ErrorPanel error={backup.error} /> : null}
      {restore.isError ? <ErrorPanel error={restore.error} /> : null}
      {last ? (
        <ConfirmDialog
          open={confirming}
          title={t('backup.confirmTitle')}
          text={t('backup.confirmText', { time: formatTime(last.createdAt, i18n.language) })}
          confirmLabel={t('backup.restore')}
          cancelLabel={t('backup.cancel')}
          onConfirm={() => restore.mutate(last.file)}
          onClose={() => setConfirming(false)}
        />
      ) : null}
    </section>
  )
}
