// The child process of bench part 6 (see remote-log.ts): runs the activity-log part and hands
// each figure to the bench's table over IPC.
import { activityLog } from './activity-log'
import type { AddFigure } from './figures'

export interface LogPartRequest {
  dir: string
  rows: number
  queries: number
}

export type FromLogProcess =
  | { kind: 'figure'; figure: Parameters<AddFigure> }
  | { kind: 'done' }
  | { kind: 'failed'; error: string }

const send = (message: FromLogProcess) =>
  new Promise<void>((resolve) => process.send?.(message, () => resolve()))

process.once('message', (request: LogPartRequest) => {
  void activityLog({
    ...request,
    add: (...figure) => void send({ kind: 'figure', figure })
  })
    .then(() => send({ kind: 'done' }))
    .catch((error: unknown) =>
      send({
        kind: 'failed',
        error: error instanceof Error ? (error.stack ?? error.message) : String(error)
      })
    )
    .finally(() => process.exit())
})
