/** Dutch is the default language; en.ts and fr.ts must have every key (the type checker demands it). */
export const nl = {
  app: {
    name: 'Kassabrug',
    tagline: 'MplusKASSA ⇄ Mailchimp',
    mainNavigation: 'Hoofdmenu'
  },
  nav: {
    dashboard: 'Overzicht',
    settings: 'Instellingen'
  },
  common: {
    loading: 'Laden…',
    none: 'geen',
    errorTitle: 'Er ging iets mis',
    unauthorized:
      'Geen toegang. Open het adres dat “kassabrug serve” heeft getoond (met #token= erin).',
    retry: 'Opnieuw proberen'
  },
  dashboard: {
    title: 'Overzicht',
    application: 'Toepassing',
    version: 'Versie',
    dataDir: 'Gegevensmap',
    database: 'Database',
    databasePath: 'Bestand',
    schemaVersion: 'Schemaversie',
    latestMigration: 'Laatste migratie',
    keychain: 'Sleutelhanger',
    keychainAvailable: 'Beschikbaar',
    keychainUnavailable: 'Niet beschikbaar',
    backend: 'Opslag',
    backends: {
      keychain: 'Sleutelhanger van het systeem',
      memory: 'Alleen in het geheugen (test)'
    },
    reason: 'Reden',
    connections: 'Koppelingen',
    connection: 'Koppeling',
    state: 'Status',
    configured: 'Ingesteld',
    notConfigured: 'Nog niet ingesteld',
    missing: 'Ontbreekt',
    connectionNames: { mailchimp: 'Mailchimp', mplus: 'MplusKASSA' }
  },
  fields: {
    apiKey: 'API-sleutel',
    listId: 'Doelgroep',
    storeId: 'Winkel',
    host: 'Server',
    port: 'Poort',
    ident: 'Ident',
    secret: 'Geheim'
  },
  settings: {
    title: 'Instellingen',
    language: 'Taal',
    languages: { nl: 'Nederlands', en: 'English', fr: 'Français' },
    retention: 'Activiteitenlog bewaren (dagen)',
    retentionHelp: 'Oudere regels worden verwijderd (AVG). Tussen 1 en 3650 dagen.',
    storePayloads: 'Verzonden en ontvangen gegevens in het log bewaren',
    storePayloadsHelp:
      'Uit: het log bewaart alleen wat er gebeurde, niet de klant- of ordergegevens.',
    save: 'Opslaan',
    saving: 'Bezig met opslaan…',
    saved: 'Instellingen opgeslagen.',
    failed: 'Opslaan mislukt'
  }
}

export type Messages = typeof nl
