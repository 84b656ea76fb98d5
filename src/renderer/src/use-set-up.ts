import { useQuery } from '@tanstack/react-query'
import { api } from './api'
import { queryKeys } from './query-keys'

/** Whether both connections are set up (undefined while the core has not answered). */
export function useSetUp(): boolean | undefined {
  const status = useQuery({ queryKey: queryKeys.appStatus, queryFn: () => api['app.status']() })
  if (!status.data) return undefined
  return Object.values(status.data.connections).every((connection) => connection.configured)
}
