import type { KassabrugBridge } from '../shared/bridge'

declare global {
  interface Window {
    /** Set by the Electron preload; absent in a browser, where the HTTP client is used instead. */
    kassabrug?: KassabrugBridge
  }
}
