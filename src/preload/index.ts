import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import { ipcChannels, type CoreEventListener, type KassabrugBridge } from '../shared/bridge'
import { isCallName, type CoreEvent, type Reply } from '../shared/contract'

/**
 * The renderer's only door to the core: calls named in the contract over one allow-listed IPC
 * channel, and the core's events over another. ipcRenderer itself is never exposed, so page
 * script cannot send on any other channel. Main checks the name and the input again.
 */
const bridge: KassabrugBridge = {
  async invoke(name: string, input: unknown): Promise<Reply<unknown>> {
    if (!isCallName(name)) {
      return {
        ok: false,
        error: { code: 'not-found', message: `There is no call named "${name}".` }
      }
    }
    return (await ipcRenderer.invoke(ipcChannels.call, name, input)) as Reply<unknown>
  },
  onEvent(listener: CoreEventListener) {
    const forward = (_event: IpcRendererEvent, coreEvent: CoreEvent): void => listener(coreEvent)
    ipcRenderer.on(ipcChannels.event, forward)
    return () => {
      ipcRenderer.removeListener(ipcChannels.event, forward)
    }
  }
}

contextBridge.exposeInMainWorld('kassabrug', bridge)
