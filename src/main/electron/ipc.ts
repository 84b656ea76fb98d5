import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron'
import { ipcChannels } from '../../shared/bridge'
import { isCallName, type Reply } from '../../shared/contract'
import type { Core } from '../core/create-core'

/**
 * The one place IPC is registered. Every call must come from the top frame of Kassabrug's own
 * page, must name a call in the contract, and its raw input goes to core.invoke, which validates
 * it with the contract's zod schema before any handler runs.
 */
export function registerCoreIpc(
  ipcMain: IpcMain,
  core: Core,
  isAppUrl: (url: string) => boolean
): void {
  ipcMain.handle(
    ipcChannels.call,
    async (event: IpcMainInvokeEvent, name: unknown, input: unknown) => {
      const refusal = refuseCall(event, name, isAppUrl)
      if (refusal) return refusal
      return core.invoke(name as string, input)
    }
  )
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

/** Pushes every core event to the window on the one event channel; returns the unsubscribe. */
export function forwardCoreEvents(core: Core, contents: WebContents): () => void {
  return core.events.subscribe((event) => {
    if (!contents.isDestroyed()) contents.send(ipcChannels.event, event)
  })
}
