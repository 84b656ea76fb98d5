import { useEffect, useState } from 'react'
import type { CoreEvent, FlowId } from '../../shared/contract'
import { subscribeToCoreEvents } from './api'

type ProgressEvent = Extract<CoreEvent, { name: 'run.progress' }>['payload']

/** The latest run.progress of each flow that is running now; a flow's entry goes at run.finished. */
export function useRunProgress(): Partial<Record<FlowId, ProgressEvent>> {
  const [progress, setProgress] = useState<Partial<Record<FlowId, ProgressEvent>>>({})
  useEffect(
    () =>
      subscribeToCoreEvents((event) => {
        if (event.name === 'run.progress')
          setProgress((current) => ({ ...current, [event.payload.flow]: event.payload }))
        if (event.name === 'run.finished' || event.name === 'run.started')
          setProgress((current) => {
            const next = { ...current }
            delete next[event.payload.flow]
            return next
          })
      }),
    []
  )
  return progress
}
