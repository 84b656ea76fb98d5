import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import {
  createBridgeCalls,
  ipcChannels,
  type RawEventListener,
  type KassabrugBridge
} from '../shared/bridge'
import type { Reply } from '../shared/contract'

/**
 * The renderer's only door to the core: one function per contract call over one allow-listed IPC
 * channel, and the core's events over another. ipcRenderer itself is never exposed, so page
 * script cannot send on any other channel; main checks the sender, the name and the input again.
 */
const bridge: KassabrugBridge = {
  ...createBridgeCalls(
    async (name, input) =>
      (await ipcRenderer.invoke(ipcChannels.call, name, input)) as Reply<unknown>
  ),
  onEvent(listener: RawEventListener) {
    const forward = (_event: IpcRendererEvent, coreEvent: unknown): void => listener(coreEvent)
    ipcRenderer.on(ipcChannels.event, forward)
    return () => {
      ipcRenderer.removeListener(ipcChannels.event, forward)
    }
  }
}

contextBridge.exposeInMainWorld('kassabrug', bridge)
