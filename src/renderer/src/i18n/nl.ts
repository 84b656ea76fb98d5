/** Dutch is the default language; en.ts and fr.ts must have every key (the type checker demands it). */
export const nl = {
  app: {
    name: 'Kassabrug',
    tagline: 'MplusKASSA ⇄ Mailchimp',
    mainNavigation: 'Hoofdmenu'
  },
  nav: {
    dashboard: 'Overzicht',
    settings: 'Instellingen',
    attention: 'Aandacht nodig',
    activity: 'Logboek',
    setup: 'Inrichten',
    mappings: 'Veldkoppeling'
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
  flows: {
    names: {
      customers: 'Klanten',
      products: 'Producten',
      categories: 'Categorieën',
      stock: 'Voorraad',
      'orders-in': 'Webwinkelorders',
      'orders-out': 'Kassaverkopen'
    },
    sync: 'Synchronisatie',
    overall: 'Status',
    states: { idle: 'In rust', syncing: 'Bezig met synchroniseren', error: 'Fout' },
    enabled: 'Aan',
    schedule: 'Schema (cron)',
    saveSchedule: 'Schema opslaan',
    scheduleSaved: 'Schema opgeslagen.',
    running: 'Bezig…',
    progress: '{{entity}}: {{done}} van {{total}}',
    progressUnknown: '{{entity}}: {{done}}',
    lastRun: 'Laatste run',
    nextRun: 'Volgende run',
    never: 'Nog nooit',
    notScheduled: 'Niet gepland',
    runStatuses: {
      running: 'Bezig',
      succeeded: 'Gelukt',
      partial: 'Deels gelukt',
      failed: 'Mislukt',
      interrupted: 'Onderbroken'
    },
    counts: {
      created: 'Nieuw',
      updated: 'Bijgewerkt',
      skipped: 'Ongewijzigd',
      waiting: 'Wachtend',
      failed: 'Mislukt'
    },
    needsAttention: 'Aandacht nodig: {{count}}',
    syncNow: 'Nu synchroniseren',
    resync: 'Alles opnieuw',
    resyncTitle: 'Alles opnieuw synchroniseren?',
    resyncText:
      'Kassabrug vergeet waar {{flow}} gebleven was en leest alles opnieuw. Er wordt niets dubbel aangemaakt, maar het duurt langer.',
    cancel: 'Annuleren',
    confirm: 'Ja, alles opnieuw',
    chartTitle: 'Gesynchroniseerde records per dag',
    chartEmpty: 'De afgelopen 30 dagen is er niets gesynchroniseerd.'
  },
  attention: {
    title: 'Aandacht nodig',
    intro:
      'Records die na herhaalde pogingen niet lukten. De rest van de synchronisatie gaat gewoon door.',
    empty: 'Niets aan de hand: er zijn geen records die aandacht nodig hebben.',
    flow: 'Stroom',
    record: 'Record',
    reason: 'Reden',
    attempts: 'Pogingen',
    time: 'Tijd',
    states: { attention: 'Aandacht nodig', retry: 'Wordt opnieuw geprobeerd', waiting: 'Wacht' },
    payload: 'Brongegevens',
    retry: 'Opnieuw proberen',
    retryAll: 'Alles opnieuw proberen',
    retried: 'Opnieuw geprobeerd.'
  },
  activity: {
    title: 'Logboek',
    runs: 'Runs',
    records: 'Records',
    filters: 'Filters',
    flow: 'Stroom',
    outcome: 'Resultaat',
    text: 'Zoeken',
    textHelp: 'Zoekt in record-id’s, redenen en gegevens.',
    all: 'Alle',
    outcomes: {
      created: 'Nieuw',
      updated: 'Bijgewerkt',
      skipped: 'Ongewijzigd',
      waiting: 'Wachtend',
      failed: 'Mislukt'
    },
    loadMore: 'Meer laden',
    noRuns: 'Nog geen runs.',
    noRecords: 'Geen records gevonden.',
    started: 'Gestart',
    trigger: 'Aanleiding',
    triggers: {
      manual: 'Handmatig',
      schedule: 'Schema',
      startup: 'Opstarten',
      retry: 'Opnieuw proberen'
    },
    status: 'Status',
    counts: 'Aantallen',
    showRecords: 'Records van run {{id}}',
    onlyRun: 'Alleen run {{id}}',
    sourceId: 'Id aan de bron',
    targetId: 'Id aan de doelkant',
    sourcePayload: 'Ontvangen van de bron',
    sentPayload: 'Verstuurd',
    response: 'Antwoord',
    notStored: 'Niet bewaard'
  },
  setup: {
    keychainMissingTitle: 'Geen sleutelhanger beschikbaar',
    keychainProblem: {
      'no-service':
        'Op deze computer draait geen sleutelhanger (geen D-Bus-sessie of Secret Service).',
      locked: 'De sleutelhanger is vergrendeld.',
      unusable: 'De sleutelhanger van het besturingssysteem kan niet worden gebruikt.'
    },
    keychainWhatToDo:
      'Kassabrug bewaart inloggegevens nooit als leesbare tekst en kan ze hier dus niet opslaan. Geef ze mee bij het starten van Kassabrug: zet de omgevingsvariabelen {{mailchimpVariable}} en {{mplusVariable}}, of noem met {{fileVariable}} een bestand dat alleen u kunt lezen (chmod 600) met dezelfde NAAM=waarde-regels. Op een desktopcomputer kunt u in plaats daarvan GNOME Keyring of KWallet starten en ontgrendelen.',
    keychainDetail: 'Technische details: {{reason}}',
    sources: {
      keychain: 'In de sleutelhanger',
      memory: 'In het geheugen (demo)',
      environment: 'Meegegeven bij het starten ({{variable}})',
      file: 'Meegegeven bij het starten (bestand met inloggegevens)'
    },
    givenAtRunTime:
      'Meegegeven bij het starten van Kassabrug en bij elke start daar gelezen; wijzig het daar.',
    title: 'Inrichten',
    intro:
      'Koppel Mailchimp en MplusKASSA, test de verbindingen en kies wat er gesynchroniseerd wordt.',
    notStored: 'Nog niet opgeslagen',
    replace: 'Vervangen',
    secretHelp:
      'Wordt in de sleutelhanger van het besturingssysteem bewaard en daarna nooit meer getoond.',
    storeSecret: 'Bewaren',
    advanced: 'Geavanceerd',
    test: 'Testen',
    testing: 'Bezig met testen…',
    save: 'Opslaan',
    saved: 'Opgeslagen.',
    mailchimpTitle: 'Mailchimp',
    apiKey: 'API-sleutel',
    baseUrl: 'Adres van de API (leeg = standaard)',
    audience: 'Doelgroep',
    chooseAudience: 'Kies een doelgroep',
    store: 'Winkel',
    chooseStore: 'Kies een winkel',
    loadChoices: 'Keuzes ophalen',
    createStore: 'Nieuwe winkel aanmaken',
    storeId: 'Winkel-id',
    storeName: 'Naam',
    currency: 'Valuta',
    create: 'Aanmaken',
    mplusTitle: 'MplusKASSA',
    host: 'Server',
    port: 'Poort',
    useTls: 'Versleutelde verbinding (TLS)',
    ident: 'Ident',
    secret: 'Secret',
    fingerprint: 'Vingerafdruk van het certificaat (SHA-256, optioneel)',
    branch: 'Filiaal',
    chooseBranch: 'Kies een filiaal',
    flowsTitle: 'Stromen'
  },
  mapping: {
    title: 'Koppeling van velden',
    intro:
      'Per stroom: welk doelveld zijn waarde uit welk bronveld krijgt. Het voorbeeld laat zien wat de volgende run precies zou versturen.',
    flow: 'Stroom',
    isDefault: 'Standaard',
    isCustom: 'Aangepast',
    target: 'Doelveld',
    source: 'Bron',
    transforms: 'Bewerkingen',
    updateOnChange: 'Bijwerken bij wijziging',
    required: 'Verplicht',
    yes: 'ja',
    no: 'nee',
    constant: 'vaste waarde',
    save: 'Opslaan',
    saved: 'Koppeling opgeslagen.',
    reset: 'Standaard herstellen',
    resetTitle: 'Standaardkoppeling herstellen?',
    resetText: 'De aangepaste koppeling van {{flow}} wordt vergeten; de standaard geldt weer.',
    resetConfirm: 'Ja, herstellen',
    previewTitle: 'Voorbeeld (proefrun)',
    previewHelp:
      'Leest de volgende records en toont per record de beslissing en exact wat verstuurd zou worden, met de opgeslagen koppeling. Er wordt niets geschreven.',
    preview: 'Voorbeeld maken',
    previewEmpty: 'De volgende run heeft niets te doen: alles is al bijgewerkt.',
    actions: {
      create: 'Aanmaken',
      update: 'Bijwerken',
      skip: 'Overslaan',
      wait: 'Wachten',
      fail: 'Mislukt'
    },
    payload: 'Te versturen'
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
