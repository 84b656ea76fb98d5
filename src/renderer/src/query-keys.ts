/** react-query cache keys, one per contract call the pages read. */
export const queryKeys = {
  appStatus: ['app.status'],
  settings: ['settings.get']
} as const
