import type { Messages } from './nl'

export const en: Messages = {
  app: {
    name: 'Kassabrug',
    tagline: 'MplusKASSA ⇄ Mailchimp',
    mainNavigation: 'Main menu'
  },
  nav: {
    dashboard: 'Dashboard',
    settings: 'Settings'
  },
  common: {
    loading: 'Loading…',
    none: 'none',
    errorTitle: 'Something went wrong',
    unauthorized:
      'No access. Open the address that “kassabrug serve” printed (it contains #token=).',
    retry: 'Try again'
  },
  dashboard: {
    title: 'Dashboard',
    application: 'Application',
    version: 'Version',
    dataDir: 'Data folder',
    database: 'Database',
    databasePath: 'File',
    schemaVersion: 'Schema version',
    latestMigration: 'Latest migration',
    keychain: 'Keychain',
    keychainAvailable: 'Available',
    keychainUnavailable: 'Not available',
    backend: 'Storage',
    backends: { keychain: 'Operating system keychain', memory: 'Memory only (test)' },
    reason: 'Reason',
    connections: 'Connections',
    connection: 'Connection',
    state: 'State',
    configured: 'Configured',
    notConfigured: 'Not configured yet',
    missing: 'Missing',
    connectionNames: { mailchimp: 'Mailchimp', mplus: 'MplusKASSA' }
  },
  fields: {
    apiKey: 'API key',
    listId: 'Audience',
    storeId: 'Store',
    host: 'Server',
    port: 'Port',
    ident: 'Ident',
    secret: 'Secret'
  },
  settings: {
    title: 'Settings',
    language: 'Language',
    languages: { nl: 'Nederlands', en: 'English', fr: 'Français' },
    retention: 'Keep the activity log (days)',
    retentionHelp: 'Older entries are deleted (GDPR). Between 1 and 3650 days.',
    storePayloads: 'Keep the data sent and received in the log',
    storePayloadsHelp: 'Off: the log keeps what happened, not the customer or order data.',
    save: 'Save',
    saving: 'Saving…',
    saved: 'Settings saved.',
    failed: 'Saving failed'
  }
}
