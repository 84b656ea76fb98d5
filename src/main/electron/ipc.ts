import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron'
import { ipcChannels } from '../../shared/bridge'
import { isCallName, type CallName, type Reply } from '../../shared/contract'
import type { CoreClient } from './core-relay'

/**
 * The one place IPC is registered. Every call must come from the top frame of Kassabrug's own
 * page and name a call in the contract; its raw input is relayed to the core process, where
 * core.invoke validates it with the contract's zod schema before any handler runs.
 */
export function registerCoreIpc(
  ipcMain: IpcMain,
  core: Pick<CoreClient, 'invoke'>,
  isAppUrl: (url: string) => boolean
): void {
  ipcMain.handle(ipcChannels.call, (event: IpcMainInvokeEvent, name: unknown, input: unknown) =>
    relayWindowCall(core, event, name, input, isAppUrl)
  )
}

/**
 * A call from a window: refused unless it comes from the top frame of Kassabrug's own page and
 * names a call in the contract; otherwise relayed unchanged (the core validates the input).
 */
export function relayWindowCall(
  client: Pick<CoreClient, 'invoke'>,
  event: Pick<IpcMainInvokeEvent, 'senderFrame'>,
  name: unknown,
  input: unknown,
  isAppUrl: (url: string) => boolean
): Promise<Reply<unknown>> {
  const refusal = refuseCall(event, name, isAppUrl)
  if (refusal) return Promise.resolve(refusal)
  return client.invoke(name as CallName, input)
}

export function refuseCall(
  event: Pick<IpcMainInvokeEvent, 'senderFrame'>,
  name: unknown,
  isAppUrl: (url: string) => boolean
): Extract<Reply<never>, { ok: false }> | null {
  const frame = event.senderFrame
  if (!frame || frame.parent !== null || !isAppUrl(frame.url)) {
    return {
      ok: false,
      error: { code: 'forbidden', message: 'Only the Kassabrug window may call the core.' }
    }
  }
  if (typeof name !== 'string' || !isCallName(name)) {
    return {
      ok: false,
      error: { code: 'not-found', message: `There is no call named "${String(name)}".` }
    }
  }
  return null
}

/** Pushes every (checked) core event to the window on the one event channel; returns the unsubscribe. */
export function forwardCoreEvents(
  core: Pick<CoreClient, 'onEvent'>,
  contents: Pick<WebContents, 'isDestroyed' | 'send'>
): () => void {
  return core.onEvent((event) => {
    if (!contents.isDestroyed()) contents.send(ipcChannels.event, event)
  })
}
