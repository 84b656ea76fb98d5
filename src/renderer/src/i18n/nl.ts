import type { FlowId } from '../../../shared/flows/catalogue'

/** Dutch is the default language; en.ts and fr.ts must have every key (the type checker demands it). */
export const nl = {
  app: {
    name: 'Kassabrug',
    tagline: 'MplusKASSA ⇄ Mailchimp',
    mainNavigation: 'Hoofdmenu'
  },
  nav: {
    about: 'Over / diagnose',
    lookups: 'Opzoektabellen',
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
    connections: 'Koppelingen',
    connection: 'Koppeling',
    state: 'Status',
    configured: 'Ingesteld',
    notConfigured: 'Nog niet ingesteld',
    missing: 'Ontbreekt',
    connectionNames: { mailchimp: 'Mailchimp', mplus: 'MplusKASSA' }
  },
  // The tray, the notifications and the close notice (src/main/host-words.ts).
  desktop: {
    open: 'Kassabrug openen',
    syncAll: 'Nu alles synchroniseren',
    syncFlow: '{{flow}} nu synchroniseren',
    pause: 'Planning pauzeren',
    resume: 'Planning hervatten',
    paused: 'Planning gepauzeerd',
    showLogs: 'Logbestanden tonen',
    startAtLogin: 'Starten bij aanmelden',
    quit: 'Afsluiten',
    lastResult: 'Laatste run: {{flow}} – {{status}} om {{time}}',
    noRunYet: 'Nog geen run',
    closedToTrayTitle: 'Kassabrug blijft actief',
    closedToTrayBody:
      'Het venster is gesloten, maar Kassabrug synchroniseert verder. Open het via het pictogram in het systeemvak; kies daar Afsluiten om te stoppen.',
    failingTitle: '{{flow}}: synchronisatie mislukt',
    attentionBody: '{{count}} record(s) hebben uw aandacht nodig.',
    recoveredTitle: '{{flow}}: synchronisatie werkt weer',
    recoveredBody: 'De laatste run is gelukt.'
  },
  ordersIn: {
    title: 'Webwinkelbestellingen naar MplusKASSA',
    sourceStore: 'Mailchimp-winkel waar de bestellingen vandaan komen',
    sourceStoreHelp: 'Leeg: de winkel waar Kassabrug de producten naartoe stuurt.',
    statuses: 'Welke betaalstatussen worden geïmporteerd',
    statusesHelp:
      'Een bestelling met een andere status wordt overgeslagen tot ze een gekozen status krijgt.',
    status: {
      paid: 'Betaald',
      pending: 'In afwachting',
      authorized: 'Geautoriseerd',
      partially_paid: 'Deels betaald'
    },
    pricesIncludeVat: 'Prijzen in de webwinkel zijn inclusief btw',
    addressForm: 'Schrijfwijze van het adres',
    addressForms: {
      byCountry: 'Volgens het land van het adres',
      nl: 'Nederlands (Kerkstraat 12-A)',
      be: 'Belgisch (Kerkstraat 12 bus 3)',
      fr: 'Frans (12 rue de Rivoli)',
      asGiven: 'Zoals de webwinkel het stuurt'
    },
    placedSince: 'Bestellingen importeren vanaf (leeg: alle)',
    employeeNumber: 'Medewerkernummer',
    employeeNumberHelp:
      'Verplicht voor MplusKASSA; standaard 999999. Het nummer moet in de kassa bestaan.',
    standardDebtor: 'Standaarddebiteur (relatienummer)',
    standardDebtorHelp:
      'Ingevuld: elke bestelling komt op deze relatie. Leeg: de klant wordt op e-mailadres gezocht, aangemaakt of bijgewerkt.',
    shippingArticle: 'Artikel voor verzendkosten (artikelnummer)',
    shippingArticleHelp:
      'Verzendkosten worden een orderregel op dit artikel. Leeg: een bestelling met verzendkosten wordt geweigerd.',
    workplace: 'Werkplek (leeg: geen)',
    paymentTerm: 'Betalingstermijn in dagen (leeg: niet zetten)',
    paymentTermHelp: 'Wordt bij de klant in MplusKASSA gezet; een order zelf heeft geen termijn.'
  },
  flows: {
    names: {
      customers: 'Klanten',
      products: 'Producten',
      categories: 'Categorieën',
      'product-types': 'Producttypes → artikelgroepen',
      'orders-in': 'Webwinkelbestellingen → MplusKASSA',
      stock: 'Voorraad',
      'orders-out': 'Kassaverkopen → bestellingen'
    } satisfies Record<FlowId, string>,
    /** Plural, for the progress line. */
    entities: {
      customers: 'klanten',
      products: 'producten',
      categories: 'categorieën',
      'product-types': 'producttypes',
      'orders-in': 'bestellingen',
      stock: 'voorraadstanden',
      'orders-out': 'verkopen'
    } satisfies Record<FlowId, string>,
    exclusive:
      '{{flow}} kan niet aan terwijl {{other}} aan staat: ze brengen dezelfde gegevens in tegengestelde richting over. Zet eerst {{other}} uit.',
    sync: 'Synchronisatie',
    overall: 'Status',
    states: {
      'not-set-up': 'Nog niet ingericht',
      idle: 'In rust',
      syncing: 'Bezig met synchroniseren',
      error: 'Fout'
    },
    enabled: 'Aan',
    scheduleOf: 'Schema: {{flow}}',
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
      linked: 'Gekoppeld',
      unchanged: 'Ongewijzigd',
      skipped: 'Overgeslagen',
      waiting: 'Wachtend',
      failed: 'Mislukt'
    },
    totals: '{{count}} {{entity}} gesynchroniseerd',
    totalsLast: '{{totals}}, laatst {{ago}}',
    syncAll: 'Alles synchroniseren',
    syncAllStarted: 'Gestart: {{flows}}',
    nothingOn: 'Zet eerst een koppeling aan.',
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
    notices: 'Opmerkingen',
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
    retried: 'Opnieuw geprobeerd: {{succeeded}} gelukt, {{stillFailing}} nog niet.'
  },
  notices: {
    unchanged: 'Ongewijzigd sinds het laatst is verstuurd (naar {{target}}).',
    'source-unread-stored-copy-used':
      '{{system}} kon niet worden gelezen; de kopie van de vorige poging is verstuurd.',
    'changed-in-future':
      'Mailchimp dateert de laatste wijziging van dit lid in de toekomst ({{date, datetime(dateStyle: short; timeStyle: short)}}); het is toch gesynchroniseerd en wordt tot dan bij elke run opnieuw gelezen.',
    'lines-left-out':
      'Artikelen {{articles}} zijn niet te koop, dus Mailchimp heeft er geen variant van: hun regels zijn weggelaten (de totalen zijn die van de kassa).',
    'several-relations':
      'MplusKASSA heeft {{count}} relaties met het e-mailadres {{email}} (relaties {{relations}}); Kassabrug koppelde deze klant aan relatie {{linked}}, het laagste nummer. Voeg de dubbele relaties samen in MplusKASSA.',
    'till-total-differs':
      'MplusKASSA telt bestelling {{order}} op tot {{till, currency(EUR)}}, Mailchimp tot {{mailchimp, currency(EUR)}}: kijk de btw-codes van de regels na.',
    'changed-after-import':
      'Bestelling {{order}} heeft in Mailchimp nu de status “{{status}}”, na de import als MplusKASSA-bestelling {{orderId}}. Kassabrug wijzigt geïmporteerde bestellingen niet: crediteer of annuleer hem zo nodig in de kassa.',
    'cancelled-after-import':
      'Bestelling {{order}} is in Mailchimp geannuleerd, na de import als MplusKASSA-bestelling {{orderId}}. Kassabrug wijzigt geïmporteerde bestellingen niet: crediteer of annuleer hem zo nodig in de kassa.',
    'field-truncated':
      '“{{field}}” is ingekort van {{length}} tot {{maxLength}} tekens om te passen.',
    'control-characters-removed': '{{count}} onzichtbare stuurteken(s) verwijderd uit “{{field}}”.',
    'field-too-long':
      '“{{field}}” is {{length}} tekens lang; het doel neemt er hoogstens {{maxLength}}.',
    'invalid-unicode':
      '“{{field}}” bevat kapotte tekst (een half teken, zoals een foute export achterlaat). Herstel het bij de bron.',
    'lost-character':
      '“{{field}}” bevat een teken dat door een kapotte codering verloren is (positie {{position}}). Herstel het bij de bron.',
    'field-empty': '“{{field}}” is leeg, en het doel heeft het nodig.',
    'wrong-type': '“{{field}}” heeft het verkeerde soort waarde (verwacht: {{expected}}).',
    'not-a-number': '“{{field}}” is geen bruikbaar getal.',
    'transform-failed': '“{{field}}” kon niet worden omgezet ({{transform}}).',
    'field-invalid': 'Een waarde past niet bij wat het doel aanneemt.',
    'no-usable-id': 'Het record heeft geen id waaraan Kassabrug het herkent.',
    'source-unreadable': 'De bron stuurde dit record in een vorm die Kassabrug niet kan lezen.',
    'invalid-email': '“{{email}}” is geen geldig e-mailadres.',
    'no-articles': 'Het product heeft geen artikelen; Mailchimp heeft minstens één variant nodig.',
    'target-refused': 'Het doelsysteem weigerde het record.',
    'target-unreachable': 'Het doelsysteem was niet bereikbaar.',
    'target-answer-unreadable':
      'Het doelsysteem antwoordde iets wat Kassabrug niet kan lezen ({{code}}). Kassabrug probeert het opnieuw bij de volgende synchronisatie.',
    internal: 'Een fout in Kassabrug zelf.',
    'unknown-employee': 'Medewerker {{employee}} bestaat niet in de kassa.',
    'article-gone': 'Artikel {{article}} staat niet meer in de kassa.',
    'stock-too-large': 'De voorraad van artikel {{article}} is te groot om te tellen.',
    'order-discount-too-large':
      'De korting van {{discount, currency(EUR)}} is groter dan de duurste regel ({{largest, currency(EUR)}}).',
    'no-shipping-article':
      'De bestelling heeft {{shipping, currency(EUR)}} verzendkosten, maar er is geen verzendartikel gekozen.',
    'order-total-differs':
      'De regels tellen op tot {{total, currency(EUR)}}, maar de bestelling zegt {{stated, currency(EUR)}}.',
    'sku-not-mapped': 'De productkoppeling vult de SKU niet uit één artikelveld.',
    'till-sale': 'Bestelling {{order}} is een kassaverkoop die al in de kassa staat.',
    'order-cancelled': 'Bestelling {{order}} is geannuleerd.',
    'status-not-imported':
      'Bestelling {{order}} heeft betaalstatus “{{status}}”, die niet wordt ingelezen.',
    'placed-before': 'Bestelling {{order}} is geplaatst vóór {{date}}.',
    'no-customer': 'Verkoop zonder klant met e-mailadres: hoort niet in Mailchimp.',
    'no-lines': 'De verkoop heeft geen regel met een aantal.',
    'only-not-for-sale': 'Alleen artikelen die niet te koop zijn ({{articles}}).',
    'credit-without-sale': 'Deze creditering hoort bij verkoop {{sale}}, die de kassa niet vindt.',
    'credit-sale-not-sent':
      'Verkoop {{sale}} staat niet in Mailchimp, dus er valt niets terug te betalen.',
    'no-active-article': 'Product {{product}} heeft geen actief artikel en is niet te koop.',
    'day-stock-article':
      'Artikel {{article}} heeft dagvoorraad; die blijft in Mailchimp zoals hij is.',
    'made-of-parts':
      'Artikel {{article}} bestaat uit onderdelen ({{parts}}); de kassa telt de voorraad van de onderdelen.',
    'gone-from-source':
      '{{system}} heeft dit record niet meer onder deze naam (verwijderd, of bijvoorbeeld het e-mailadres verbeterd); de oude kopie is niet verstuurd. Een gewijzigd record komt met zijn nieuwe naam binnen.',
    'line-without-sku': 'Product {{product}} (variant {{variant}}) heeft geen SKU in Mailchimp.',
    'article-not-in-till': 'Product {{product}} (SKU {{sku}}) staat nog niet in de kassa.',
    'product-not-in-mailchimp':
      'Product {{product}} (artikel {{article}}) staat nog niet in Mailchimp.',
    'refunded-sale-not-sent': 'Verkoop {{sale}} staat nog niet in Mailchimp.',
    'stock-product-not-synced': 'Het product van artikel {{article}} staat nog niet in Mailchimp.',
    'still-waiting': 'Wacht al {{runs}} keer.'
  },
  /** What the shop owner can do, per code of a refused or waiting record (attention page). */
  todo: {
    'target-answer-unreadable':
      'Kassabrug probeert het zelf opnieuw. Blijft het, kijk dan of {{system}} werkt en kies Opnieuw proberen.',
    'field-too-long': 'Maak “{{field}}” korter bij de bron en kies Opnieuw proberen.',
    'invalid-unicode': 'Typ “{{field}}” opnieuw bij de bron en kies Opnieuw proberen.',
    'lost-character': 'Typ “{{field}}” opnieuw bij de bron en kies Opnieuw proberen.',
    'field-empty': 'Vul “{{field}}” in bij de bron en kies Opnieuw proberen.',
    'wrong-type': 'Verbeter “{{field}}” bij de bron, of pas de veldkoppeling aan.',
    'not-a-number': 'Vul bij de bron een gewoon getal in voor “{{field}}”.',
    'transform-failed': 'Verbeter “{{field}}” bij de bron, of pas de veldkoppeling aan.',
    'field-invalid': 'Verbeter het record bij de bron en kies Opnieuw proberen.',
    'no-usable-id': 'Geef het record een nummer of e-mailadres bij de bron.',
    'source-unreadable': 'Kijk het record na bij de bron en kies Opnieuw proberen.',
    'invalid-email': 'Verbeter het e-mailadres “{{email}}” in Mailchimp en kies Opnieuw proberen.',
    'no-articles': 'Voeg in de kassa een artikel toe aan het product.',
    'target-refused': 'Kijk het record en de veldkoppeling na, en kies Opnieuw proberen.',
    'target-unreachable':
      'Kijk of internet en {{system}} werken. Kassabrug probeert het zelf opnieuw; of kies Opnieuw proberen.',
    internal: 'Kies Opnieuw proberen. Meld het als het blijft gebeuren.',
    'unknown-employee': 'Kies bij Instellingen een medewerker die in de kassa bestaat.',
    'article-gone': 'Zet het artikel terug in de kassa, of laat deze verkoop rusten.',
    'stock-too-large': 'Verbeter de voorraad van het artikel in de kassa.',
    'order-discount-too-large': 'Kijk de korting van de bestelling na in de webwinkel.',
    'no-shipping-article': 'Kies bij Instellingen een verzendartikel en kies Opnieuw proberen.',
    'order-total-differs': 'Kijk de bedragen van de bestelling na in de webwinkel.',
    'sku-not-mapped': 'Koppel bij Veldkoppeling de SKU aan één artikelveld.',
    'line-without-sku': 'Geef de variant een SKU in de webwinkel.',
    'article-not-in-till': 'Maak in de kassa een artikel met deze SKU.',
    'product-not-in-mailchimp': 'Zet de stroom Producten aan; daarna volgt dit vanzelf.',
    'refunded-sale-not-sent': 'Dit volgt vanzelf zodra de verkoop in Mailchimp staat.',
    'stock-product-not-synced': 'Zet de stroom Producten aan; de voorraad volgt vanzelf.',
    'still-waiting': 'Los op wat hierboven staat en kies Opnieuw proberen.'
  },
  /** Why a run stopped (dashboard, tray, CLI). */
  runProblems: {
    'credentials-refused':
      '{{system}} weigert de sleutel. Voer hem opnieuw in bij Inrichten en kies Testen.',
    'system-unreachable':
      '{{system}} was niet bereikbaar ({{records}} records na elkaar). De volgende run gaat verder.',
    'read-failed': 'Lezen uit {{system}} lukte niet. De volgende run probeert het opnieuw.',
    'not-configured': 'Nog niet ingericht. Nog nodig: {{missing}}.',
    'keychain-unavailable':
      'De sleutels konden niet uit de sleutelhanger van deze computer worden gelezen. Ontgrendel die (of meld opnieuw aan) en start de synchronisatie opnieuw.',
    'flow-unavailable': 'Deze stroom bestaat nog niet in deze versie.',
    'lease-lost': 'Een andere Kassabrug nam deze stroom over.',
    shutdown: 'Kassabrug werd gesloten. De volgende run gaat verder.',
    interrupted: 'Kassabrug stopte tijdens deze run. De volgende run ging verder.',
    'closing-step-failed': 'De laatste stap lukte niet; die wordt de volgende keer herhaald.',
    internal: 'Een fout in Kassabrug zelf. Meld het als het blijft gebeuren.'
  },
  setUp: {
    missing: 'Nog nodig: {{missing}}.',
    keychainUnreadable:
      'De sleutelhanger is vergrendeld of niet gestart, dus de sleutels die erin staan zijn niet te lezen. Ontgrendel hem.',
    syncRefused: 'Synchroniseren kan pas als Kassabrug is ingericht. Open de app of de wizard.'
  },
  reasons: {
    whatToDo: 'Wat te doen',
    retryResults: {
      created: '{{record}}: gelukt, nieuw aangemaakt.',
      updated: '{{record}}: gelukt, bijgewerkt.',
      linked: '{{record}}: gelukt, gekoppeld.',
      unchanged: '{{record}}: gelukt, er hoefde niets te veranderen.',
      skipped: '{{record}}: overgeslagen.',
      waiting: '{{record}}: wacht nog.',
      failed: '{{record}}: lukte weer niet.',
      'not-reached': '{{record}}: niet geprobeerd (de stroom was bezig of stopte).'
    }
  },
  activity: {
    warned: '{{count}} met waarschuwingen',
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
      linked: 'Gekoppeld',
      unchanged: 'Ongewijzigd',
      skipped: 'Overgeslagen',
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
    to: 'naar',
    subjects: {
      customers: 'Klant',
      products: 'Product',
      categories: 'Categorie',
      'product-types': 'Producttype'
    },
    targets: {
      customers: 'relatie {{id}}',
      products: 'Mailchimp',
      categories: 'Mailchimp',
      'product-types': 'artikelgroep {{id}}'
    },
    from: 'Van',
    until: 'Tot en met',
    export: 'Exporteren (CSV)',
    exported: '{{count}} regels geëxporteerd.',
    csv: {
      at: 'Tijd',
      flow: 'Stroom',
      record: 'Record',
      target: 'Naar',
      outcome: 'Resultaat',
      reason: 'Reden',
      sourceId: 'Id aan de bron',
      targetId: 'Id aan de doelkant'
    },
    quietRuns: '{{count}} runs zonder wijzigingen',
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
    /** What each flow does, and its rules, above its mapping. */
    notes: {
      customers:
        'Mailchimp-leden (of de klanten van een winkel) worden relaties in MplusKASSA, teruggevonden op e-mailadres.',
      products:
        'Elk MplusKASSA-product wordt een Mailchimp-product met één variant per artikel. Een niet-actief artikel is niet te koop: het wordt niet in Mailchimp aangemaakt; wordt het na synchronisatie inactief, dan wordt de variant verborgen (niet verwijderd, want bestellingen verwijzen ernaar), en weer zichtbaar zodra het artikel weer actief is.',
      categories:
        'De naam van een artikelgroep wordt het producttype van de producten in die groep in Mailchimp.',
      'product-types':
        'Elk producttype in de Mailchimp-winkel wordt een artikelgroep in MplusKASSA, tenzij er al een groep met die naam is.',
      'orders-in':
        'Elke betaalde bestelling van de gekozen Mailchimp-winkel wordt één order in MplusKASSA: eerst wordt gekeken of de order er al is, dan wordt de klant op e-mailadres aangemaakt of bijgewerkt (of de standaarddebiteur gebruikt), dan moet elk artikel op SKU bestaan — anders wacht de bestelling — en pas dan wordt de order aangemaakt. BTW-code en omzetgroep per land staan op elke orderregel. Een geïmporteerde order wordt niet meer gewijzigd; een latere annulering of terugbetaling in Mailchimp krijgt een waarschuwing.',
      stock:
        'De voorraad van het gekozen filiaal wordt de voorraad (inventory_quantity) van elke Mailchimp-variant, berekend zoals bij Instellingen → Voorraad gekozen. Alleen een gewijzigde stand wordt verstuurd; een artikel dat nog niet in Mailchimp staat, wacht tot de productenstroom het heeft verstuurd.',
      'orders-out':
        'Kassabonnen (en desgewenst facturen en orders) van klanten met een e-mailadres worden bestellingen in de Mailchimp-winkel, zodat segmenten en automatiseringen weten wat een klant in de winkel kocht. Alleen de klant wordt hier gekoppeld; regels en bedragen komen uit de kassa. Een verkoop zonder klant wordt overgeslagen (geen klant). Een klant uit de kassa wordt transactioneel, tenzij het gekozen relatieveld zegt dat hij toestemming gaf; een ingeschreven lid blijft ingeschreven. Een creditbon of creditfactuur zet de oorspronkelijke bestelling op terugbetaald. De eerste keer worden de verkopen vanaf de startdatum ingelezen terwijl de winkel op ‘bezig met synchroniseren’ staat, zodat oude bestellingen geen e-mails versturen.'
    } satisfies Record<FlowId, string>,
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
  /** The mapping editor's rules, transforms and draft preview (issue 12). */
  mappingEditor: {
    title: 'Regels',
    fieldPicker: 'Bronveld',
    otherPath: 'Ander pad: {{path}}',
    pathLabel: 'Pad van het bronveld',
    example: 'voorbeeld: {{value}}',
    noExample: 'leeg in het voorbeeld',
    mergeField: 'Veld {{tag}}',
    combined: 'Samengesteld: {{source}}',
    addTransform: 'Bewerking toevoegen',
    addTransformTo: 'Bewerking toevoegen aan {{target}}',
    add: 'Toevoegen',
    remove: '{{transform}} verwijderen',
    moveUp: '{{transform}} eerder',
    moveDown: '{{transform}} later',
    chain: 'Bewerkingen van {{target}}',
    noTransforms: 'geen',
    text: 'Tekst',
    table: 'Tabel',
    rate: 'Btw-percentage',
    rateFromField: 'uit veld {{path}}',
    maxLength: 'Maximale lengte',
    value: 'Waarde',
    part: 'Deel',
    parts: {
      street: 'Straat',
      houseNumber: 'Huisnummer',
      suffix: 'Toevoeging'
    },
    numberFirst: 'Huisnummer eerst',
    onMissing: 'Niet in de tabel',
    missing: {
      error: 'weigeren',
      empty: 'leeg laten'
    },
    refusals: {
      unknownSource:
        'Het bronveld {{field}} bestaat niet in dit record; kies een veld uit de lijst.',
      unknownTarget: 'Het doelveld {{field}} bestaat niet.',
      unknownTable: 'Er is geen opzoektabel {{code}}.',
      requiredTarget: 'Het doelveld {{field}} is verplicht: geef het een bron.',
      other: '{{field}}: deze regel is niet geldig.'
    },
    previewTitle: 'Voorbeeld van deze koppeling (nog niet opgeslagen)',
    previewHelp:
      'Een echt record uit de bron, met de koppeling zoals hij nu op het scherm staat. Er wordt niets verstuurd.',
    previewOf: 'Voorbeeld: {{name}}',
    cameIn: 'Wat binnenkwam',
    sendNow: 'Wat nu verstuurd zou worden',
    sentLast: 'Wat de vorige keer verstuurd is',
    sentAt: 'verstuurd op {{at}}',
    nothingSent: 'Nog niets verstuurd.',
    nothingToSend: 'Niets te versturen.',
    decision: 'Beslissing',
    decisions: {
      create: 'Wordt aangemaakt',
      update: 'Wordt bijgewerkt',
      unchanged: 'Ongewijzigd: hetzelfde als de vorige keer',
      skip: 'Overgeslagen',
      wait: 'Wacht op iets anders',
      fail: 'Geweigerd'
    },
    fieldsTitle: 'Per veld',
    omitted: 'weggelaten (leeg)',
    fieldError: 'kan niet gevuld worden',
    noSample: 'De bron heeft nog geen record om te tonen.',
    draftRefused: 'Het voorbeeld wacht tot de regels hierboven kloppen.',
    refresh: 'Ander record: eerste opnieuw lezen'
  },
  /** Source field labels, one per field name of the catalogue (src/shared/source-fields.ts). */
  sourceFields: {
    active: 'Actief',
    addr1: 'Adresregel 1',
    addr2: 'Adresregel 2',
    address: 'Adres',
    articleNumber: 'Artikelnummer',
    barcode: 'Barcode',
    brandName: 'Merk',
    city: 'Plaats',
    colour: 'Kleur',
    commerceNumber: 'KvK-nummer',
    company: 'Bedrijf',
    companyName: 'Bedrijfsnaam',
    contact: 'Contactpersoon',
    country: 'Land',
    currency_code: 'Valuta',
    deliveryKey: 'Sleutel verzendwijze',
    description: 'Omschrijving',
    discount: 'Korting',
    discount_total: 'Totale korting',
    displayText: 'Displaytekst',
    email: 'E-mailadres',
    email_address: 'E-mailadres',
    extArticleId: 'Extern artikel-id',
    extraText: 'Extra tekst',
    financial_status: 'Betaalstatus',
    first_name: 'Voornaam',
    fulfillment_status: 'Leverstatus',
    groupNumber: 'Groepnummer',
    id: 'Id',
    imageUrl: 'Adres van de afbeelding',
    invoiceText: 'Factuurtekst',
    language: 'Taal',
    last_changed: 'Laatst gewijzigd',
    last_name: 'Achternaam',
    list_id: 'Doelgroep-id',
    mobile: 'Mobiel nummer',
    name: 'Naam',
    order_total: 'Ordertotaal',
    paymentKey: 'Sleutel betaalwijze',
    pluNumber: 'PLU-nummer',
    price: 'Prijs',
    priceExcl: 'Prijs excl. btw',
    priceIncl: 'Prijs incl. btw',
    processed_at_foreign: 'Besteld op',
    productNumber: 'Productnummer',
    product_id: 'Product-id',
    product_title: 'Producttitel',
    product_variant_id: 'Variant-id',
    product_variant_title: 'Varianttitel',
    purchasePrice: 'Inkoopprijs',
    quantity: 'Aantal',
    receiptText: 'Bontekst',
    relationCode: 'Relatiecode',
    relationNumber: 'Relatienummer',
    shipping_total: 'Verzendkosten',
    size: 'Maat',
    sortOrder: 'Volgorde',
    state: 'Provincie',
    status: 'Status',
    supplierArticleNumber: 'Artikelnummer leverancier',
    syncMarker: 'Wijzigingsteller',
    tax_total: 'Totale btw',
    telephone: 'Telefoonnummer',
    text: 'Tekst',
    timestamp_opt: 'Aangemeld op',
    tracking_carrier: 'Vervoerder',
    turnoverGroup: 'Omzetgroep',
    type: 'Producttype',
    unique_email_id: 'Uniek e-mail-id',
    vatCode: 'Btw-code',
    vatNumber: 'Btw-nummer',
    vatPercentage: 'Btw-percentage',
    vip: 'VIP',
    website: 'Website',
    zip: 'Postcode',
    zipcode: 'Postcode'
  },
  /** Where a source field comes from: the label's parenthesis. */
  sourceGroups: {
    mailchimpMember: 'Mailchimp-lid',
    mailchimpMergeFields: 'Mailchimp-veld',
    mailchimpAddress: 'Mailchimp-adres',
    mplusProduct: 'product in de kassa',
    mplusArticle: 'artikel in de kassa',
    mplusArticleImage: 'afbeelding van het artikel',
    mplusArticleGroup: 'artikelgroep',
    mplusRelation: 'relatie in de kassa',
    mailchimpProductType: 'Mailchimp-producttype',
    mailchimpOrder: 'Mailchimp-bestelling',
    mailchimpCustomer: 'klant van de bestelling',
    mailchimpOrderLine: 'bestelregel',
    deliveryAddress: 'afleveradres',
    invoiceAddress: 'factuuradres',
    orderFacts: 'bestelling'
  },
  /** The core's transforms by name (transformKinds). */
  transformNames: {
    centsToDecimal: 'Centen naar euro',
    decimalToCents: 'Euro naar centen',
    inclToExclVat: 'Incl. naar excl. btw',
    exclToInclVat: 'Excl. naar incl. btw',
    trim: 'Spaties weghalen',
    truncate: 'Inkorten',
    splitStreet: 'Straat splitsen',
    joinStreet: 'Straat samenvoegen',
    countryToIso2: 'Land als 2-lettercode',
    countryToIso3: 'Land als 3-lettercode',
    lookup: 'Opzoeken in tabel',
    digitsOnly: 'Alleen cijfers',
    lowercase: 'Kleine letters',
    uppercase: 'Hoofdletters',
    prefix: 'Tekst ervoor',
    suffix: 'Tekst erachter',
    toInteger: 'Heel getal',
    toString: 'Als tekst',
    default: 'Standaardwaarde',
    concat: 'Samenvoegen met'
  },
  fields: {
    apiKey: 'API-sleutel',
    baseUrl: 'API-adres',
    listId: 'Doelgroep',
    storeId: 'Winkel',
    id: 'Winkelcode',
    name: 'Naam',
    currencyCode: 'Valuta',
    host: 'Server',
    port: 'Poort',
    useTls: 'Versleutelde verbinding',
    ident: 'Ident',
    secret: 'Geheim',
    certificateSha256: 'Vingerafdruk van het certificaat',
    branchNumber: 'Filiaal',
    mailchimpManagesStock: 'Mailchimp beheert voorraad',
    schedule: 'Schema',
    logRetentionDays: 'Logboek bewaren (dagen)',
    maxRecordAttempts: 'Pogingen per record',
    language: 'Taal'
  },
  errors: {
    'flows-exclusive':
      'Deze twee koppelingen gaan in tegengestelde richting: zet eerst de andere uit.',
    'database-damaged':
      'De database is beschadigd. Kassabrug is gestopt zodat er niets verloren gaat; zet de nieuwste back-up terug (Instellingen → Back-ups van de database, of kassabrug db restore).',
    'invalid-input': 'Niet alles is goed ingevuld. Kijk bij de velden hieronder.',
    'not-found': 'Dit bestaat niet (meer).',
    'keychain-unavailable':
      'De sleutelhanger van deze computer is niet te gebruiken (vergrendeld of niet gestart), dus sleutels kunnen niet worden bewaard of gelezen. Ontgrendel hem, of geef de sleutels op bij het starten.',
    'not-configured': 'Kassabrug is nog niet ingericht. Nog nodig: {{missing}}.',
    'connection-failed': 'De verbinding lukte niet. Test de koppeling bij Inrichten.',
    conflict: 'Dit is net door iets anders gewijzigd. Probeer het opnieuw.',
    internal: 'Kassabrug liep tegen een onverwachte fout aan.',
    unauthorized: 'Geen toegang.',
    forbidden: 'Geweigerd: dit adres hoort niet bij Kassabrug.'
  },
  issues: {
    required: '{{field}}: vul dit in.',
    'too-small': '{{field}}: minstens {{minimum}}.',
    'too-big': '{{field}}: hoogstens {{maximum}}.',
    'wrong-type': '{{field}}: dit is niet het juiste soort waarde.',
    'invalid-format': '{{field}}: {{format}}',
    'not-allowed': '{{field}}: kies een van de mogelijkheden.',
    'unknown-field': '{{field}}: dit veld is onbekend.',
    'unknown-code': '{{field}}: de kassa kent de code {{code}} niet; kies er een uit de lijst.',
    invalid: '{{field}}: deze waarde klopt niet.'
  },
  formats: {
    url: 'vul een volledig webadres in, bijvoorbeeld https://…',
    regex: 'deze vorm klopt niet.',
    cron: 'dit schema is niet geldig. Een schema heeft vijf delen: minuut, uur, dag, maand en weekdag, bijvoorbeeld */5 * * * * voor elke vijf minuten.',
    other: 'deze vorm klopt niet.'
  },
  connectionTest: {
    mailchimp: {
      connected: 'Verbonden met Mailchimp.',
      'not-configured': 'Vul eerst de API-sleutel in.',
      'auth-refused':
        'Mailchimp accepteert deze API-sleutel niet. Controleer of u de hele sleutel hebt gekopieerd (ook het stuk na het streepje, zoals -us21) en of hij niet is ingetrokken.',
      busy: 'Mailchimp heeft het even te druk. Probeer het over een minuut opnieuw.',
      unreachable:
        'Mailchimp is niet bereikbaar. Controleer de internetverbinding en, onder Geavanceerd, het API-adres.',
      certificate: 'De beveiligde verbinding met Mailchimp lukte niet (certificaat).',
      'not-mplus': 'Het API-adres antwoordt niet zoals Mailchimp. Controleer het API-adres.',
      refused: 'Mailchimp weigerde de test. Controleer de sleutel en het API-adres.',
      unexpected:
        'De test mislukte door een fout in Kassabrug. Probeer het opnieuw; gebeurt het weer, meld het dan met de technische details.'
    },
    mplus: {
      connected: 'Verbonden met de kassa.',
      'not-configured': 'Vul eerst server, poort, ident en geheim in.',
      'auth-refused':
        'De kassa accepteert deze ident of dit geheim niet. Controleer beide bij uw MplusKASSA-leverancier.',
      busy: 'De kassa vraagt om even te wachten. Probeer het over een minuut opnieuw.',
      unreachable:
        'De kassa is niet bereikbaar. Controleer de server en de poort, en of de kassacomputer aan staat.',
      certificate:
        'De beveiligde verbinding lukte niet. Controleer “Versleutelde verbinding” en de vingerafdruk van het certificaat.',
      'not-mplus': 'Op dit adres antwoordt geen MplusKASSA. Controleer de server en de poort.',
      refused: 'De kassa weigerde de test. Controleer alle velden.',
      unexpected:
        'De test mislukte door een fout in Kassabrug. Probeer het opnieuw; gebeurt het weer, meld het dan met de technische details.'
    },
    account: 'Account: {{name}}',
    audiences: 'Doelgroepen: {{count}}',
    apiVersion: 'Kassaversie: {{version}}',
    branches: 'Filialen: {{names}}',
    detail: 'Technische details'
  },
  schedule: {
    label: 'Hoe vaak',
    every5: 'Elke 5 minuten',
    every15: 'Elke 15 minuten',
    every30: 'Elke 30 minuten',
    hourly: 'Elk uur',
    daily: 'Elke dag om',
    custom: 'Eigen schema',
    time: 'Tijd',
    cron: 'Schema in cron-vorm',
    cronHelp: 'Vijf delen: minuut, uur, dag, maand, weekdag.'
  },
  wizard: {
    nav: 'Inrichtingshulp',
    title: 'Kassabrug inrichten',
    stepOf: 'Stap {{step}} van {{total}}',
    steps: 'Stappen',
    stepNames: {
      welcome: 'Welkom',
      mailchimp: 'Mailchimp',
      audience: 'Doelgroep en winkel',
      mplus: 'MplusKASSA',
      flows: 'Wat synchroniseren',
      schedule: 'Hoe vaak',
      summary: 'Overzicht',
      sync: 'Eerste synchronisatie'
    },
    welcome:
      'Kassabrug houdt uw kassa (MplusKASSA) en Mailchimp gelijk: klanten, producten en categorieën. In een paar stappen koppelt u beide. U hebt nodig: uw Mailchimp-inlog en de gegevens van uw kassa (server, poort, ident en geheim; die krijgt u van uw MplusKASSA-leverancier).',
    start: 'Beginnen',
    back: 'Vorige',
    next: 'Volgende',
    keyStepsTitle: 'Waar vindt u de API-sleutel?',
    keySteps: {
      one: 'Log in op mailchimp.com.',
      two: 'Klik rechtsboven op uw profielfoto en kies “Profiel”.',
      three: 'Kies “Extra’s” en dan “API-sleutels”.',
      four: 'Klik op “Een sleutel maken”, geef hem de naam Kassabrug en kopieer hem.',
      five: 'Plak de sleutel hieronder en klik op Testen.'
    },
    keyHelp: 'De sleutel eindigt op een streepje en een code, zoals -us21.',
    testFirst: 'Test eerst de verbinding.',
    audienceWarning:
      'Let op: een winkel hoort voor altijd bij één doelgroep. Dat kan later niet meer veranderen.',
    newStore: 'Of maak een nieuwe winkel',
    hostHelp: 'Het adres van de kassaserver, bijvoorbeeld kassa.mijnwinkel.nl of 192.168.1.20.',
    portHelp: 'Een getal, meestal van uw leverancier gekregen.',
    identHelp: 'De gebruikersnaam voor de koppeling, van uw leverancier.',
    secretHelp: 'Het wachtwoord voor de koppeling. Het gaat naar de sleutelhanger van het systeem.',
    flowsIntro: 'Kies wat Kassabrug gelijk houdt. U kunt dit later altijd veranderen.',
    directions: {
      customers: 'Klanten uit Mailchimp komen als relaties in de kassa.',
      products: 'Producten uit de kassa komen in uw Mailchimp-winkel.',
      categories: 'Artikelgroepen uit de kassa worden producttypes in Mailchimp.',
      stock:
        'Mailchimp beheert voorraad: de voorraad van het gekozen filiaal gaat naar de varianten in Mailchimp. Uit: Kassabrug stuurt geen voorraad.',
      'orders-out': 'Verkopen aan de kassa aan bekende klanten komen als bestellingen in Mailchimp.'
    },
    scheduleIntro: 'Hoe vaak synchroniseert Kassabrug vanzelf?',
    summaryIntro: 'Dit gaat Kassabrug doen:',
    summaryAccount: 'Mailchimp-account',
    summaryFlows: 'Synchroniseren',
    noFlows: 'niets gekozen',
    startSync: 'Eerste synchronisatie starten',
    syncRunning: 'Bezig met de eerste synchronisatie…',
    syncDone: 'Klaar! De eerste synchronisatie is afgerond.',
    toDashboard: 'Naar het overzicht',
    notSetUp: 'Kassabrug is nog niet ingericht.',
    openWizard: 'Inrichten'
  },
  backup: {
    title: 'Back-ups van de database',
    last: 'Laatste back-up',
    none: 'Er is nog geen back-up. Kassabrug maakt er dagelijks een en vóór elke update van de database.',
    reasons: {
      daily: 'dagelijks',
      'pre-migration': 'vóór een update',
      manual: 'met de hand',
      'pre-restore': 'vóór het terugzetten'
    },
    folder: 'Map',
    count: 'Bewaard: {{count}}',
    backupNow: 'Nu een back-up maken',
    backingUp: 'Bezig…',
    restore: 'Terugzetten',
    restoring: 'Bezig met terugzetten…',
    confirmTitle: 'Deze back-up terugzetten?',
    confirmText:
      'De gegevens van {{time}} komen terug; wat daarna veranderde gaat verloren. Eerst wordt een veiligheidskopie van de huidige stand gemaakt.',
    cancel: 'Annuleren',
    restored: 'Teruggezet. De huidige stand staat in de veiligheidskopie.'
  },
  lookups: {
    title: 'Opzoektabellen',
    intro:
      'Welke code de kassa gebruikt voor een land of een betaal- en verzendwijze van de webwinkel. De keuzes komen uit de kassa zelf.',
    titles: {
      vatCodeByCountry: 'Btw-code per land',
      turnoverGroupByCountry: 'Omzetgroep per land',
      paymentMethods: 'Betaalwijzen',
      deliveryMethods: 'Verzendwijzen'
    },
    helps: {
      vatCodeByCountry: 'Per land de btw-code van de kassa (met het percentage van dat land).',
      turnoverGroupByCountry: 'Per land de omzetgroep waarop de kassa de verkoop boekt.',
      paymentMethods: 'Links de naam in de webwinkel, rechts de betaalwijze van de kassa.',
      deliveryMethods: 'Links de naam in de webwinkel, rechts de verzendwijze van de kassa.'
    },
    values: {
      vatCodeByCountry: 'Btw-code',
      turnoverGroupByCountry: 'Omzetgroep',
      paymentMethods: 'Betaalwijze in de kassa',
      deliveryMethods: 'Verzendwijze in de kassa'
    },
    keyLabels: { country: 'Land', name: 'Naam in de webwinkel' },
    other: 'Alle andere',
    choose: '— kiezen —',
    empty: 'Nog niets ingevuld.',
    addRow: 'Regel toevoegen',
    remove: 'Verwijderen',
    removeRow: 'Regel {{key}} verwijderen',
    actions: 'Acties',
    duplicate: '{{key}} staat er al; elke regel een eigen waarde.',
    fixFirst: 'Verbeter eerst de rode velden.'
  },
  about: {
    title: 'Over Kassabrug en diagnose',
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
    backends: {
      keychain: 'Sleutelhanger van het systeem',
      memory: 'Alleen in het geheugen (test)'
    },
    logs: 'Logbestanden',
    logsTerminal:
      'Deze Kassabrug schrijft zijn log naar het terminalvenster, niet naar een bestand.',
    logFolder: 'Map',
    noLogFiles: 'Nog geen logbestanden.',
    logFile: 'Bestand',
    logSize: 'Grootte',
    logModified: 'Gewijzigd',
    logTail: 'De laatste {{count}} regels (technisch)'
  },
  stockSettings: {
    title: 'Voorraad',
    manages: 'Mailchimp beheert voorraad',
    managesHelp:
      'Aan: Kassabrug stuurt de voorraad van het gekozen filiaal naar Mailchimp (de stroom Voorraad). Uit: Kassabrug stuurt nergens voorraad, ook niet met de producten.',
    branchMissing:
      'Kies eerst een filiaal bij de MplusKASSA-verbinding: de voorraad komt van één filiaal.',
    branch: 'Voorraad van filiaal {{branch}}',
    calculation: 'Wat telt als voorraad',
    negative: 'Negatieve voorraad doorgeven',
    negativeHelp: 'Uit: meer gereserveerd dan vrij telt als 0.',
    example: 'Voorbeeld uit uw kassa',
    exampleHelp:
      'Recent gewijzigde artikelen: wat MplusKASSA meldt en wat Mailchimp met elke keuze krijgt (naar beneden afgerond).',
    exampleEmpty: 'Dit filiaal heeft nog geen recent gewijzigde voorraad.',
    article: 'Artikel',
    free: 'Vrij',
    reserved: 'Gereserveerd',
    incoming: 'Onderweg',
    save: 'Opslaan',
    saved: 'Voorraadinstellingen opgeslagen.',
    calculations: {
      'free-minus-reserved': 'Vrij min gereserveerd (aanbevolen)',
      free: 'Vrije voorraad',
      'free-plus-incoming': 'Vrij plus onderweg',
      'free-minus-reserved-plus-incoming': 'Vrij min gereserveerd plus onderweg'
    }
  },
  ordersOut: {
    title: 'Kassaverkopen naar Mailchimp',
    sources: 'Welke verkopen',
    sourceNames: {
      receipts: 'Kassabonnen',
      invoices: 'Facturen',
      orders: 'Orders'
    },
    sourcesHelp:
      'Alleen verkopen met een klant met e-mailadres gaan naar Mailchimp. In een winkel zijn de meeste verkopen kassabonnen.',
    branches: 'Filialen',
    branchesHelp: 'Filiaalnummers, gescheiden door komma’s. Leeg: alle filialen.',
    startDate: 'Startdatum van de eerste inlezing',
    startDateHelp: 'Als JJJJ-MM-DD. Leeg: twaalf maanden terug.',
    optInField: 'Relatieveld voor e-mailtoestemming',
    optInFieldHelp:
      'Het veld van de relatie in MplusKASSA dat ‘ja’ zegt als de klant e-mail wil (bijvoorbeeld extraText). Leeg: klanten uit de kassa worden transactioneel.'
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
    callTimeout: 'MplusKASSA: wachttijd per aanroep (seconden)',
    callTimeoutHelp:
      'Zo lang mag één aanroep van de kassa duren (lijsten het dubbele). Tussen 10 en 600 seconden; standaard 60. Valt de kassa even weg, dan wacht Kassabrug ongeveer een minuut voordat de synchronisatie stopt.',
    save: 'Opslaan',
    saving: 'Bezig met opslaan…',
    saved: 'Instellingen opgeslagen.'
  },
  /** The `kassabrug` command's own lines (it words the core's codes like the window does). */
  cli: {
    db: {
      noDatabase: 'Er is nog geen database op {{path}}.',
      quickCheckOk: '{{path}}: snelle controle in orde.',
      fullCheckOk: '{{path}}: volledige controle in orde.',
      newestBackup: 'Nieuwste back-up: {{file}}',
      noBackupYet: 'Er is nog geen back-up.',
      backupMade: 'Back-up gemaakt: {{file}} ({{bytes, number}} bytes).',
      noBackupIn: 'er staat geen back-up in {{folder}}.',
      noFile: 'het bestand {{file}} bestaat niet.',
      restored: '{{file}} is teruggezet als {{path}}.',
      keptAs: 'De vorige database is bewaard als {{file}}.',
      restoredOpens: 'De teruggezette database opent en doorstaat de snelle controle.'
    },
    none: 'geen',
    credentials: 'Inloggegevens',
    connections: 'Verbindingen',
    configured: 'ingericht',
    notConfigured: 'niet ingericht, ontbreekt: {{missing}}',
    serving:
      'Kassabrug draait op {{url}}\nOpen dat adres in een browser op deze computer. Stoppen: Ctrl+C.',
    dryRun: '{{flow}}: de volgende {{count}} record(s); er wordt niets verstuurd',
    noFlowOn: 'Er staat geen stroom aan; zet er een aan in de app (of met de inrichtingshulp).',
    attentionItem: '#{{id}} {{flow}} {{record}} (pogingen: {{attempts}}): {{why}}',
    retried: 'Opnieuw geprobeerd: {{succeeded}} gelukt, {{stillFailing}} nog niet.',
    runStarted: '{{flow}}: run {{run}} gestart ({{trigger}})',
    count: '{{label}} {{value, number}}',
    time: '{{at, datetime(dateStyle: short; timeStyle: medium)}}',
    help: {
      values: {
        language: 'taal',
        port: 'poort',
        folder: 'map',
        flow: 'stroom',
        count: 'aantal',
        action: 'actie',
        id: 'nummer',
        file: 'bestand',
        command: 'opdracht',
        options: 'opties'
      },
      usage: 'Gebruik:',
      options: 'Opties:',
      commands: 'Opdrachten:',
      arguments: 'Argumenten:',
      default: 'standaard: {{value}}',
      help: 'toon deze hulp (of de hulp bij een opdracht)',
      version: 'toon het versienummer',
      afterError: '(kassabrug --help toont wat u kunt gebruiken)',
      program: 'Houdt een MplusKASSA-kassa en een Mailchimp-account gelijk.',
      lang: 'schrijf in deze taal ({{languages}}; standaard: de taal uit Instellingen)',
      serve:
        'bied de webinterface van Kassabrug aan op 127.0.0.1 (voor een computer zonder bureaublad)',
      port: 'poort om op te luisteren (0 kiest een vrije)',
      dataDir:
        'map voor de database (standaard: $KASSABRUG_DATA_DIR of de app-gegevensmap van het systeem)',
      status: 'toon de versie, gegevensmap, database, sleutelhanger en verbindingen',
      json: 'toon als JSON',
      sync: 'voer nu elke ingeschakelde stroom uit (of één), in volgorde van afhankelijkheid; afsluitcode 1 als een run mislukte',
      flow: 'alleen deze stroom ({{flows}})',
      dryRun: 'toon wat voor de volgende records verstuurd zou worden, verstuur niets',
      dryRunLimit: 'aantal records om te tonen met --dry-run',
      attention: 'records die aandacht nodig hebben: list, retry NUMMER of retry-all',
      attentionId: 'het item om opnieuw te proberen',
      log: 'de nieuwste records van het activiteitenlogboek',
      failed: 'alleen mislukte records',
      logLimit: 'hoeveel records',
      db: 'controleer de database, maak een back-up of zet er een terug',
      dbCheck: 'controleer de database (snelle SQLite-controle; --full voor de volledige controle)',
      full: 'voer de volledige integriteitscontrole uit (trager)',
      dbBackup: 'maak nu een back-up (in de map backups/ van de gegevensmap)',
      dbRestore:
        'zet een back-up terug in plaats van de database (standaard: de nieuwste); stop Kassabrug eerst',
      restoreFile: 'het back-upbestand om terug te zetten'
    },
    secretsFile: {
      shared:
        '{{variable}}: {{path}} is leesbaar voor andere gebruikers (modus {{mode}}); maak het privé met: chmod 600 {{path}}',
      unreadable:
        '{{variable}}: {{path}} kan niet gelezen worden; controleer de naam en of u het mag lezen.',
      unknownLine:
        '{{variable}}: regel {{line}} van {{path}} is geen KASSABRUG_MAILCHIMP_API_KEY=… of KASSABRUG_MPLUS_SECRET=…'
    },
    errors: {
      unknownOption: 'onbekende optie {{option}}.',
      unknownCommand: 'onbekende opdracht {{command}}.',
      optionMissingArgument: 'optie {{option}} heeft een waarde nodig.',
      missingArgument: '{{argument}} ontbreekt.',
      excessArguments: 'te veel argumenten.',
      invalidArgument: '{{option}}: {{value}} kan niet; {{why}}',
      language: 'de taal is een van {{languages}}.',
      port: 'een poort is een geheel getal van 0 tot 65535 (0 kiest een vrije).',
      portInUse:
        'poort {{port}} op 127.0.0.1 is al in gebruik; kies een andere met --port, of --port 0 voor een vrije.',
      flow: 'onbekende stroom; een van {{flows}}.',
      count: 'een geheel getal van 1 tot 500.',
      retryId: 'retry heeft het itemnummer uit "attention list" nodig.',
      unknownAction: 'onbekende actie "{{action}}"; gebruik list, retry NUMMER of retry-all.'
    }
  }
}

export type Messages = typeof nl
