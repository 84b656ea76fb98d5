import type { CoreEvent } from '../../shared/contract'

export type EventListener = (event: CoreEvent) => void

/** The core's one outgoing stream; the UI, the tray and the CLI subscribe to the same events. */
export class EventBus {
  private readonly listeners = new Set<EventListener>()

  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  emit(event: CoreEvent): void {
    for (const listener of this.listeners) {
      try {
        listener(event)
      } catch {
        // A broken subscriber (a closed browser tab) must not stop the sync that emitted the event.
      }
    }
  }
}
