import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useState, type FormEvent } from 'react'
import type { ConnectionId, SettingsPatch } from '../../shared/contract'
import { api } from './api'
import { queryKeys } from './query-keys'

/**
 * The state behind one connection's setup form: the draft on screen, its save through
 * settings.update, whether the connection's secret is stored, and "save, then ask the core again"
 * for the pickers whose lists depend on the settings.
 */
export function useSetupSection<Draft>(
  connection: ConnectionId,
  initial: Draft,
  toPatch: (draft: Draft) => SettingsPatch
) {
  const queryClient = useQueryClient()
  const [draft, setDraft] = useState(initial)
  const save = useMutation({
    mutationFn: (next: Draft) => api['settings.update'](toPatch(next)),
    onSuccess: (settings) => queryClient.setQueryData(queryKeys.settings, settings)
  })
  const secrets = useQuery({
    queryKey: queryKeys.secretsStatus,
    queryFn: () => api['secrets.status']()
  })
  return {
    draft,
    setDraft,
    save,
    secretStored: secrets.data?.stored[connection] ?? false,
    submit(event: FormEvent<HTMLFormElement>): void {
      event.preventDefault()
      save.mutate(draft)
    },
    async saveAndReload(...keys: (readonly string[])[]): Promise<void> {
      await save.mutateAsync(draft)
      for (const queryKey of keys) await queryClient.invalidateQueries({ queryKey })
    }
  }
}
