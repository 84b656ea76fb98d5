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
      }),
    [queryClient]
  )
}
