import { AppStatus } from './app'

/** Everything the core pushes to the UI, the tray and the CLI: one stream, typed here. */
export const events = {
  'status.changed': AppStatus
}
