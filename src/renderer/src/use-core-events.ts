import { useQueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'
import { subscribeToCoreEvents } from './api'
import { queryKeys } from './query-keys'

/** Keeps the cached core state fresh from the core's event stream instead of polling. */
export function useCoreEvents(): void {
  const queryClient = useQueryClient()
  useEffect(
    () =>
      subscribeToCoreEvents((event) => {
        if (event.name === 'status.changed')
          queryClient.setQueryData(queryKeys.appStatus, event.payload)
        if (event.name === 'sync.status.changed')
          queryClient.setQueryData(queryKeys.syncStatus, event.payload)
        if (event.name === 'run.finished') {
          // A finished run changes what the other pages list; they re-read when next shown.
          for (const key of [
            queryKeys.syncStatus,
            queryKeys.statsDaily,
            queryKeys.attention,
            queryKeys.logRuns,
            queryKeys.logRecords
          ])
            void queryClient.invalidateQueries({ queryKey: key })
        }
      }),
    [queryClient]
  )
}
