import type { Messages } from './nl'

export const en: Messages = {
  app: {
    name: 'Kassabrug',
    tagline: 'MplusKASSA ⇄ Mailchimp',
    mainNavigation: 'Main menu'
  },
  nav: {
    about: 'About / diagnostics',
    lookups: 'Lookup tables',
    dashboard: 'Dashboard',
    settings: 'Settings',
    attention: 'Needs attention',
    activity: 'Activity log',
    setup: 'Setup',
    mappings: 'Field mapping'
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
    connections: 'Connections',
    connection: 'Connection',
    state: 'State',
    configured: 'Configured',
    notConfigured: 'Not configured yet',
    missing: 'Missing',
    connectionNames: { mailchimp: 'Mailchimp', mplus: 'MplusKASSA' }
  },
  desktop: {
    open: 'Open Kassabrug',
    syncAll: 'Sync all now',
    syncFlow: 'Sync {{flow}} now',
    pause: 'Pause schedule',
    resume: 'Resume schedule',
    paused: 'Schedule paused',
    showLogs: 'Show logs',
    startAtLogin: 'Start at login',
    quit: 'Quit',
    lastResult: 'Last run: {{flow}} – {{status}} at {{time}}',
    noRunYet: 'No run yet',
    closedToTrayTitle: 'Kassabrug keeps running',
    closedToTrayBody:
      'The window is closed, but Kassabrug keeps syncing. Open it from the icon in the system tray; choose Quit there to stop it.',
    failingTitle: '{{flow}}: sync is failing',
    attentionBody: '{{count}} record(s) need your attention.',
    recoveredTitle: '{{flow}}: sync works again',
    recoveredBody: 'The last run succeeded.'
  },
  ordersIn: {
    title: 'Web-shop orders into MplusKASSA',
    sourceStore: 'Mailchimp store the orders come from',
    sourceStoreHelp: 'Empty: the store Kassabrug sends the products to.',
    statuses: 'Which financial statuses are imported',
    statusesHelp: 'An order with another status is skipped until it gets a chosen status.',
    status: {
      paid: 'Paid',
      pending: 'Pending',
      authorized: 'Authorised',
      partially_paid: 'Partly paid'
    },
    pricesIncludeVat: 'Web-shop prices include VAT',
    addressForm: 'How the address is written',
    addressForms: {
      byCountry: 'By the country of the address',
      nl: 'Dutch (Kerkstraat 12-A)',
      be: 'Belgian (Kerkstraat 12 bus 3)',
      fr: 'French (12 rue de Rivoli)',
      asGiven: 'As the web shop sends it'
    },
    placedSince: 'Import orders placed since (empty: all)',
    employeeNumber: 'Employee number',
    employeeNumberHelp:
      'Required by MplusKASSA; 999999 by default. The number must exist at the till.',
    standardDebtor: 'Standard debtor (relation number)',
    standardDebtorHelp:
      'Filled in: every order goes to this relation. Empty: the customer is looked up by e-mail address, created or updated.',
    shippingArticle: 'Article for shipping costs (article number)',
    shippingArticleHelp:
      'Shipping costs become an order line on this article. Empty: an order with shipping costs is refused.',
    workplace: 'Workplace (empty: none)',
    paymentTerm: 'Payment term in days (empty: not set)',
    paymentTermHelp: 'Set on the customer in MplusKASSA; an order itself has no term.'
  },
  flows: {
    names: {
      customers: 'Customers',
      products: 'Products',
      categories: 'Categories',
      'product-types': 'Product types → article groups',
      'orders-in': 'Web-shop orders → MplusKASSA',
      stock: 'Stock',
      'orders-out': 'Till sales → orders'
    },
    /** Plural, for the progress line. */
    entities: {
      customers: 'customers',
      products: 'products',
      categories: 'categories',
      'product-types': 'product types',
      'orders-in': 'orders',
      stock: 'stock levels',
      'orders-out': 'sales'
    },
    exclusive:
      '{{flow}} cannot be on while {{other}} is on: they carry the same data in opposite directions. Switch {{other}} off first.',
    sync: 'Synchronisation',
    overall: 'State',
    states: {
      'not-set-up': 'Not set up yet',
      idle: 'Idle',
      syncing: 'Syncing',
      error: 'Error'
    },
    enabled: 'On',
    scheduleOf: 'Schedule: {{flow}}',
    saveSchedule: 'Save schedule',
    scheduleSaved: 'Schedule saved.',
    running: 'Running…',
    progress: '{{entity}}: {{done}} of {{total}}',
    progressUnknown: '{{entity}}: {{done}}',
    lastRun: 'Last run',
    nextRun: 'Next run',
    never: 'Never',
    notScheduled: 'Not scheduled',
    runStatuses: {
      running: 'Running',
      succeeded: 'Succeeded',
      partial: 'Partly succeeded',
      failed: 'Failed',
      interrupted: 'Interrupted'
    },
    counts: {
      created: 'Created',
      updated: 'Updated',
      linked: 'Linked',
      unchanged: 'Unchanged',
      skipped: 'Skipped',
      waiting: 'Waiting',
      failed: 'Failed'
    },
    totals: '{{count}} {{entity}} in sync',
    totalsLast: '{{totals}}, last {{ago}}',
    syncAll: 'Sync all',
    syncAllStarted: 'Started: {{flows}}',
    nothingOn: 'Switch a flow on first.',
    needsAttention: 'Needs attention: {{count}}',
    syncNow: 'Sync now',
    resync: 'Resync from scratch',
    resyncTitle: 'Resync everything from scratch?',
    resyncText:
      'Kassabrug forgets where {{flow}} left off and reads everything again. Nothing is duplicated, but it takes longer.',
    cancel: 'Cancel',
    confirm: 'Yes, resync',
    chartTitle: 'Records synced per day',
    chartEmpty: 'Nothing was synced in the last 30 days.'
  },
  attention: {
    notices: 'Notes',
    title: 'Needs attention',
    intro: 'Records that failed after repeated attempts. The rest of the sync carries on.',
    empty: 'All clear: no records need attention.',
    flow: 'Flow',
    record: 'Record',
    reason: 'Reason',
    attempts: 'Attempts',
    time: 'Time',
    states: { attention: 'Needs attention', retry: 'Will be retried', waiting: 'Waiting' },
    payload: 'Source data',
    retry: 'Retry',
    retryAll: 'Retry all',
    retried: 'Retried: {{succeeded}} succeeded, {{stillFailing}} still failing.'
  },
  notices: {
    unchanged: 'Unchanged since it was last sent (to {{target}}).',
    'source-unread-stored-copy-used':
      '{{system}} could not be read; the copy kept at the last attempt was sent.',
    'changed-in-future':
      'Mailchimp dates this member’s last change in the future ({{date, datetime(dateStyle: short; timeStyle: short)}}); it was synced anyway, and is read again at each run until then.',
    'lines-left-out':
      'Articles {{articles}} are not for sale, so Mailchimp has no variant for them: their lines were left out (the totals are the till’s).',
    'several-relations':
      'MplusKASSA has {{count}} relations with the e-mail address {{email}} (relations {{relations}}); Kassabrug linked this customer to relation {{linked}}, the lowest number. Merge the duplicates in MplusKASSA.',
    'till-total-differs':
      'MplusKASSA totals order {{order}} at {{till, currency(EUR)}}, Mailchimp at {{mailchimp, currency(EUR)}}: check the VAT codes of its lines.',
    'changed-after-import':
      'Order {{order}} is now “{{status}}” in Mailchimp, after it was imported as MplusKASSA order {{orderId}}. Kassabrug does not change imported orders: credit or cancel it at the till if needed.',
    'cancelled-after-import':
      'Order {{order}} was cancelled in Mailchimp, after it was imported as MplusKASSA order {{orderId}}. Kassabrug does not change imported orders: credit or cancel it at the till if needed.',
    'field-truncated': '“{{field}}” was cut from {{length}} to {{maxLength}} characters to fit.',
    'control-characters-removed':
      '{{count}} invisible control character(s) removed from “{{field}}”.',
    'field-too-long':
      '“{{field}}” is {{length}} characters long; the target takes at most {{maxLength}}.',
    'invalid-unicode':
      '“{{field}}” holds broken text (half a character, as a faulty export leaves). Fix it at the source.',
    'lost-character':
      '“{{field}}” holds a character lost to a broken encoding (position {{position}}). Fix it at the source.',
    'field-empty': '“{{field}}” is empty, and the target needs it.',
    'wrong-type': '“{{field}}” holds the wrong kind of value (expected: {{expected}}).',
    'not-a-number': '“{{field}}” is not a usable number.',
    'transform-failed': '“{{field}}” could not be converted ({{transform}}).',
    'field-invalid': 'A value does not fit what the target accepts.',
    'no-usable-id': 'The record has no id Kassabrug can recognise it by.',
    'source-unreadable': 'The source sent this record in a shape Kassabrug cannot read.',
    'invalid-email': '“{{email}}” is not a valid e-mail address.',
    'no-articles': 'The product has no articles; Mailchimp needs at least one variant.',
    'target-refused': 'The target system refused the record.',
    'target-unreachable': 'The target system could not be reached.',
    'target-answer-unreadable':
      'The target system answered with something Kassabrug cannot read ({{code}}). Kassabrug tries again at the next run.',
    internal: 'An error in Kassabrug itself.',
    'unknown-employee': 'Employee {{employee}} does not exist in the till.',
    'article-gone': 'Article {{article}} is no longer in the till.',
    'stock-too-large': 'The stock of article {{article}} is too large to count.',
    'order-discount-too-large':
      'The discount of {{discount, currency(EUR)}} is more than the largest line ({{largest, currency(EUR)}}).',
    'no-shipping-article':
      'The order has {{shipping, currency(EUR)}} shipping, but no shipping article is chosen.',
    'order-total-differs':
      'The lines add up to {{total, currency(EUR)}}, but the order says {{stated, currency(EUR)}}.',
    'sku-not-mapped': 'The product mapping does not fill the SKU from one article field.',
    'till-sale': 'Order {{order}} is a till sale that is in the till already.',
    'order-cancelled': 'Order {{order}} was cancelled.',
    'status-not-imported':
      'Order {{order}} has payment status “{{status}}”, which is not imported.',
    'placed-before': 'Order {{order}} was placed before {{date}}.',
    'no-customer': 'A sale without a customer with an e-mail address: not for Mailchimp.',
    'no-lines': 'The sale has no line with a quantity.',
    'only-not-for-sale': 'Only articles that are not for sale ({{articles}}).',
    'credit-without-sale': 'This credit belongs to sale {{sale}}, which the till cannot find.',
    'credit-sale-not-sent': 'Sale {{sale}} is not in Mailchimp, so there is nothing to refund.',
    'no-active-article': 'Product {{product}} has no active article and is not for sale.',
    'day-stock-article': 'Article {{article}} has day stock; Mailchimp keeps its own figure.',
    'made-of-parts':
      'Article {{article}} is made of parts ({{parts}}); the till counts the stock of the parts.',
    'gone-from-source':
      '{{system}} no longer has this record under this name (deleted, or its e-mail address corrected, for example); the old copy was not sent. A changed record comes in under its new name.',
    'line-without-sku': 'Product {{product}} (variant {{variant}}) has no SKU in Mailchimp.',
    'article-not-in-till': 'Product {{product}} (SKU {{sku}}) is not in the till yet.',
    'product-not-in-mailchimp':
      'Product {{product}} (article {{article}}) is not in Mailchimp yet.',
    'refunded-sale-not-sent': 'Sale {{sale}} is not in Mailchimp yet.',
    'stock-product-not-synced': 'The product of article {{article}} is not in Mailchimp yet.',
    'still-waiting': 'Waiting for {{runs}} runs now.'
  },
  /** What the shop owner can do, per code of a refused or waiting record (attention page). */
  todo: {
    'target-answer-unreadable':
      'Kassabrug tries again by itself. If it stays, check that {{system}} works and press Retry.',
    'field-too-long': 'Shorten “{{field}}” at the source and press Retry.',
    'invalid-unicode': 'Type “{{field}}” again at the source and press Retry.',
    'lost-character': 'Type “{{field}}” again at the source and press Retry.',
    'field-empty': 'Fill in “{{field}}” at the source and press Retry.',
    'wrong-type': 'Correct “{{field}}” at the source, or change the field mapping.',
    'not-a-number': 'Enter a plain number for “{{field}}” at the source.',
    'transform-failed': 'Correct “{{field}}” at the source, or change the field mapping.',
    'field-invalid': 'Correct the record at the source and press Retry.',
    'no-usable-id': 'Give the record a number or e-mail address at the source.',
    'source-unreadable': 'Check the record at the source and press Retry.',
    'invalid-email': 'Correct the e-mail address “{{email}}” in Mailchimp and press Retry.',
    'no-articles': 'Add an article to the product in the till.',
    'target-refused': 'Check the record and the field mapping, then press Retry.',
    'target-unreachable':
      'Check that the internet and {{system}} work. Kassabrug tries again by itself; or press Retry.',
    internal: 'Press Retry. Report it if it keeps happening.',
    'unknown-employee': 'Choose an employee that exists in the till, in Settings.',
    'article-gone': 'Put the article back in the till, or leave this sale.',
    'stock-too-large': 'Correct the stock of the article in the till.',
    'order-discount-too-large': 'Check the discount of the order in the web shop.',
    'no-shipping-article': 'Choose a shipping article in Settings and press Retry.',
    'order-total-differs': 'Check the amounts of the order in the web shop.',
    'sku-not-mapped': 'In Field mapping, fill the SKU from one article field.',
    'line-without-sku': 'Give the variant a SKU in the web shop.',
    'article-not-in-till': 'Make an article with this SKU in the till.',
    'product-not-in-mailchimp': 'Switch on the Products flow; this follows by itself.',
    'refunded-sale-not-sent': 'This follows by itself once the sale is in Mailchimp.',
    'stock-product-not-synced': 'Switch on the Products flow; the stock follows by itself.',
    'still-waiting': 'Solve what it says above and press Retry.'
  },
  /** Why a run stopped (dashboard, tray, CLI). */
  runProblems: {
    'credentials-refused': '{{system}} refuses the key. Enter it again under Setup and press Test.',
    'system-unreachable':
      '{{system}} could not be reached ({{records}} records in a row). The next run carries on.',
    'read-failed': 'Reading from {{system}} did not work. The next run tries again.',
    'not-configured': 'Not set up yet. Still needed: {{missing}}.',
    'keychain-unavailable':
      'The keys could not be read from the keychain of this computer. Unlock it (or sign in again), then start the sync once more.',
    'flow-unavailable': 'This flow does not exist in this version yet.',
    'lease-lost': 'Another Kassabrug took this flow over.',
    shutdown: 'Kassabrug was closed. The next run carries on.',
    interrupted: 'Kassabrug stopped during this run. The next run carried on.',
    'closing-step-failed': 'The last step did not work; it is repeated next time.',
    internal: 'A fault in Kassabrug itself. Report it if it keeps happening.'
  },
  setUp: {
    missing: 'Still needed: {{missing}}.',
    keychainUnreadable:
      'The keychain is locked or not running, so the keys stored there cannot be read. Unlock it.',
    syncRefused: 'Syncing can start once Kassabrug is set up. Open the app or the wizard.'
  },
  reasons: {
    whatToDo: 'What to do',
    retryResults: {
      created: '{{record}}: done, created.',
      updated: '{{record}}: done, updated.',
      linked: '{{record}}: done, linked.',
      unchanged: '{{record}}: done, nothing had to change.',
      skipped: '{{record}}: skipped.',
      waiting: '{{record}}: still waiting.',
      failed: '{{record}}: failed again.',
      'not-reached': '{{record}}: not tried (the flow was busy or stopped).'
    }
  },
  activity: {
    warned: '{{count}} with warnings',
    title: 'Activity log',
    runs: 'Runs',
    records: 'Records',
    filters: 'Filters',
    flow: 'Flow',
    outcome: 'Result',
    text: 'Search',
    textHelp: 'Searches record ids, reasons and data.',
    all: 'All',
    outcomes: {
      created: 'Created',
      updated: 'Updated',
      linked: 'Linked',
      unchanged: 'Unchanged',
      skipped: 'Skipped',
      waiting: 'Waiting',
      failed: 'Failed'
    },
    loadMore: 'Load more',
    noRuns: 'No runs yet.',
    noRecords: 'No records found.',
    started: 'Started',
    trigger: 'Trigger',
    triggers: { manual: 'Manual', schedule: 'Schedule', startup: 'Start-up', retry: 'Retry' },
    status: 'Status',
    counts: 'Counts',
    showRecords: 'Records of run {{id}}',
    onlyRun: 'Run {{id}} only',
    sourceId: 'Source id',
    targetId: 'Target id',
    sourcePayload: 'Received from the source',
    sentPayload: 'Sent',
    response: 'Response',
    to: 'to',
    subjects: {
      customers: 'Customer',
      products: 'Product',
      categories: 'Category',
      'product-types': 'Product type'
    },
    targets: {
      customers: 'relation {{id}}',
      products: 'Mailchimp',
      categories: 'Mailchimp',
      'product-types': 'article group {{id}}'
    },
    from: 'From',
    until: 'Up to and including',
    export: 'Export (CSV)',
    exported: '{{count}} rows exported.',
    csv: {
      at: 'Time',
      flow: 'Flow',
      record: 'Record',
      target: 'To',
      outcome: 'Outcome',
      reason: 'Reason',
      sourceId: 'Id at the source',
      targetId: 'Id at the target'
    },
    quietRuns: '{{count}} runs without changes',
    notStored: 'Not stored'
  },
  setup: {
    keychainMissingTitle: 'No keychain available',
    keychainProblem: {
      'no-service':
        'No keychain service is running on this computer (no D-Bus session or Secret Service).',
      locked: 'The keychain is locked.',
      unusable: 'The operating system keychain cannot be used.'
    },
    keychainWhatToDo:
      'Kassabrug never stores credentials in plain text, so it cannot keep them here. Give them when you start Kassabrug instead: set the environment variables {{mailchimpVariable}} and {{mplusVariable}}, or name a file with {{fileVariable}} that only you can read (chmod 600) and that holds the same NAME=value lines. On a desktop computer, start and unlock GNOME Keyring or KWallet instead.',
    keychainDetail: 'Technical detail: {{reason}}',
    sources: {
      keychain: 'In the keychain',
      memory: 'In memory (demo)',
      environment: 'Given at start-up ({{variable}})',
      file: 'Given at start-up (secrets file)'
    },
    givenAtRunTime:
      'Given when Kassabrug was started and read from there on every start; change it there.',
    title: 'Setup',
    intro: 'Connect Mailchimp and MplusKASSA, test the connections and choose what to sync.',
    notStored: 'Not stored yet',
    replace: 'Replace',
    secretHelp: 'Kept in the operating system keychain and never shown again.',
    storeSecret: 'Store',
    advanced: 'Advanced',
    test: 'Test',
    testing: 'Testing…',
    save: 'Save',
    saved: 'Saved.',
    mailchimpTitle: 'Mailchimp',
    apiKey: 'API key',
    baseUrl: 'API address (empty = default)',
    audience: 'Audience',
    chooseAudience: 'Choose an audience',
    store: 'Store',
    chooseStore: 'Choose a store',
    loadChoices: 'Load choices',
    createStore: 'Create a new store',
    storeId: 'Store id',
    storeName: 'Name',
    currency: 'Currency',
    create: 'Create',
    mplusTitle: 'MplusKASSA',
    host: 'Server',
    port: 'Port',
    useTls: 'Encrypted connection (TLS)',
    ident: 'Ident',
    secret: 'Secret',
    fingerprint: 'Certificate fingerprint (SHA-256, optional)',
    branch: 'Branch',
    chooseBranch: 'Choose a branch',
    flowsTitle: 'Flows'
  },
  mapping: {
    title: 'Field mapping',
    intro:
      'Per flow: which target field gets its value from which source field. The preview shows exactly what the next run would send.',
    /** What each flow does, and its rules, above its mapping. */
    notes: {
      customers:
        'Mailchimp members (or a store’s customers) become MplusKASSA relations, found again by e-mail address.',
      products:
        'Each MplusKASSA product becomes a Mailchimp product with one variant per article. An inactive article is not for sale: it is not created in Mailchimp; when it becomes inactive after it was synced, its variant is hidden (not deleted, as orders refer to it), and visible again once the article is active again.',
      categories:
        'An article group’s name becomes the product type of the products in that group in Mailchimp.',
      'product-types':
        'Each product type in the Mailchimp store becomes an MplusKASSA article group, unless a group of that name exists.',
      'orders-in':
        'Every paid order of the chosen Mailchimp store becomes one MplusKASSA order: first Kassabrug checks whether the order is there already, then the customer is created or updated by e-mail address (or the standard debtor is used), then every article must exist by SKU — otherwise the order waits — and only then is the order created. VAT code and turnover group per country go on every order line. An imported order is not changed again; a later cancellation or refund in Mailchimp gets a warning.',
      stock:
        'The stock of the chosen branch becomes the stock level (inventory_quantity) of each Mailchimp variant, calculated as chosen under Settings → Stock. Only a changed level is sent; an article not yet in Mailchimp waits until the products flow has sent it.',
      'orders-out':
        'Till receipts (and, if you choose, invoices and orders) of customers with an e-mail address become orders in the Mailchimp store, so segments and automations know what a customer bought in the shop. Only the customer is mapped here; lines and amounts come from the till. A sale without a customer is skipped (no customer). A customer from the till becomes transactional unless the chosen relation field says they opted in; a subscribed member stays subscribed. A credit receipt or credit invoice marks the original order as refunded. The first time, sales from the start date are read while the store is marked as syncing, so old orders send no e-mails.'
    },
    flow: 'Flow',
    isDefault: 'Default',
    isCustom: 'Customised',
    target: 'Target field',
    source: 'Source',
    transforms: 'Transforms',
    updateOnChange: 'Update on change',
    required: 'Required',
    yes: 'yes',
    no: 'no',
    constant: 'constant',
    save: 'Save',
    saved: 'Mapping saved.',
    reset: 'Reset to default',
    resetTitle: 'Reset to the default mapping?',
    resetText: 'The customised mapping of {{flow}} is forgotten; the default applies again.',
    resetConfirm: 'Yes, reset',
    previewTitle: 'Preview (dry run)',
    previewHelp:
      'Reads the next records and shows, per record, the decision and exactly what would be sent, with the saved mapping. Nothing is written.',
    preview: 'Make preview',
    previewEmpty: 'The next run has nothing to do: everything is up to date.',
    actions: {
      create: 'Create',
      update: 'Update',
      skip: 'Skip',
      wait: 'Wait',
      fail: 'Fail'
    },
    payload: 'To be sent'
  },
  /** The mapping editor's rules, transforms and draft preview (issue 12). */
  mappingEditor: {
    title: 'Rules',
    fieldPicker: 'Source field',
    otherPath: 'Other path: {{path}}',
    pathLabel: 'Path of the source field',
    example: 'example: {{value}}',
    noExample: 'empty in the example',
    mergeField: 'Field {{tag}}',
    combined: 'Combined: {{source}}',
    addTransform: 'Add transform',
    addTransformTo: 'Add a transform to {{target}}',
    add: 'Add',
    remove: 'Remove {{transform}}',
    moveUp: '{{transform}} earlier',
    moveDown: '{{transform}} later',
    chain: 'Transforms of {{target}}',
    noTransforms: 'none',
    text: 'Text',
    table: 'Table',
    rate: 'VAT percentage',
    rateFromField: 'from field {{path}}',
    maxLength: 'Maximum length',
    value: 'Value',
    part: 'Part',
    parts: {
      street: 'Street',
      houseNumber: 'House number',
      suffix: 'Addition'
    },
    numberFirst: 'House number first',
    onMissing: 'Not in the table',
    missing: {
      error: 'refuse',
      empty: 'leave empty'
    },
    refusals: {
      unknownSource:
        'The source field {{field}} does not exist in this record; pick a field from the list.',
      unknownTarget: 'The target field {{field}} does not exist.',
      unknownTable: 'There is no lookup table {{code}}.',
      requiredTarget: 'The target field {{field}} is required: give it a source.',
      other: '{{field}}: this rule is not valid.'
    },
    previewTitle: 'Preview of this mapping (not saved yet)',
    previewHelp:
      'A real record from the source, with the mapping as it is on screen now. Nothing is sent.',
    previewOf: 'Example: {{name}}',
    cameIn: 'What came in',
    sendNow: 'What would be sent now',
    sentLast: 'What was sent last time',
    sentAt: 'sent on {{at}}',
    nothingSent: 'Nothing sent yet.',
    nothingToSend: 'Nothing to send.',
    decision: 'Decision',
    decisions: {
      create: 'Will be created',
      update: 'Will be updated',
      unchanged: 'Unchanged: the same as last time',
      skip: 'Skipped',
      wait: 'Waits for something else',
      fail: 'Refused'
    },
    fieldsTitle: 'Per field',
    omitted: 'left out (empty)',
    fieldError: 'cannot be filled',
    noSample: 'The source has no record to show yet.',
    draftRefused: 'The preview waits until the rules above are right.',
    refresh: 'Read the first record again'
  },
  /** Source field labels, one per field name of the catalogue (src/shared/source-fields.ts). */
  sourceFields: {
    active: 'Active',
    addr1: 'Address line 1',
    addr2: 'Address line 2',
    address: 'Address',
    articleNumber: 'Article number',
    barcode: 'Barcode',
    brandName: 'Brand',
    city: 'City',
    colour: 'Colour',
    commerceNumber: 'Chamber of commerce number',
    company: 'Company',
    companyName: 'Company name',
    contact: 'Contact person',
    country: 'Country',
    currency_code: 'Currency',
    deliveryKey: 'Delivery method key',
    description: 'Description',
    discount: 'Discount',
    discount_total: 'Total discount',
    displayText: 'Display text',
    email: 'E-mail address',
    email_address: 'E-mail address',
    extArticleId: 'External article id',
    extraText: 'Extra text',
    financial_status: 'Payment status',
    first_name: 'First name',
    fulfillment_status: 'Fulfilment status',
    groupNumber: 'Group number',
    id: 'Id',
    imageUrl: 'Image address',
    invoiceText: 'Invoice text',
    language: 'Language',
    last_changed: 'Last changed',
    last_name: 'Last name',
    list_id: 'Audience id',
    mobile: 'Mobile number',
    name: 'Name',
    order_total: 'Order total',
    paymentKey: 'Payment method key',
    pluNumber: 'PLU number',
    price: 'Price',
    priceExcl: 'Price excl. VAT',
    priceIncl: 'Price incl. VAT',
    processed_at_foreign: 'Ordered on',
    productNumber: 'Product number',
    product_id: 'Product id',
    product_title: 'Product title',
    product_variant_id: 'Variant id',
    product_variant_title: 'Variant title',
    purchasePrice: 'Purchase price',
    quantity: 'Quantity',
    receiptText: 'Receipt text',
    relationCode: 'Relation code',
    relationNumber: 'Relation number',
    shipping_total: 'Shipping costs',
    size: 'Size',
    sortOrder: 'Sort order',
    state: 'County or state',
    status: 'Status',
    supplierArticleNumber: 'Supplier article number',
    syncMarker: 'Change counter',
    tax_total: 'Total VAT',
    telephone: 'Telephone number',
    text: 'Text',
    timestamp_opt: 'Subscribed on',
    tracking_carrier: 'Carrier',
    turnoverGroup: 'Turnover group',
    type: 'Product type',
    unique_email_id: 'Unique e-mail id',
    vatCode: 'VAT code',
    vatNumber: 'VAT number',
    vatPercentage: 'VAT percentage',
    vip: 'VIP',
    website: 'Website',
    zip: 'Postcode',
    zipcode: 'Postcode'
  },
  /** Where a source field comes from: the label's parenthesis. */
  sourceGroups: {
    mailchimpMember: 'Mailchimp member',
    mailchimpMergeFields: 'Mailchimp field',
    mailchimpAddress: 'Mailchimp address',
    mplusProduct: 'till product',
    mplusArticle: 'till article',
    mplusArticleImage: 'article image',
    mplusArticleGroup: 'article group',
    mplusRelation: 'till relation',
    mailchimpProductType: 'Mailchimp product type',
    mailchimpOrder: 'Mailchimp order',
    mailchimpCustomer: 'order customer',
    mailchimpOrderLine: 'order line',
    deliveryAddress: 'delivery address',
    invoiceAddress: 'invoice address',
    orderFacts: 'order'
  },
  /** The core's transforms by name (transformKinds). */
  transformNames: {
    centsToDecimal: 'Cents to euros',
    decimalToCents: 'Euros to cents',
    inclToExclVat: 'Incl. to excl. VAT',
    exclToInclVat: 'Excl. to incl. VAT',
    trim: 'Trim spaces',
    truncate: 'Shorten',
    splitStreet: 'Split street',
    joinStreet: 'Join street',
    countryToIso2: 'Country as 2-letter code',
    countryToIso3: 'Country as 3-letter code',
    lookup: 'Look up in table',
    digitsOnly: 'Digits only',
    lowercase: 'Lowercase',
    uppercase: 'Uppercase',
    prefix: 'Text before',
    suffix: 'Text after',
    toInteger: 'Whole number',
    toString: 'As text',
    default: 'Default value',
    concat: 'Join with'
  },
  fields: {
    apiKey: 'API key',
    baseUrl: 'API address',
    listId: 'Audience',
    storeId: 'Store',
    id: 'Store id',
    name: 'Name',
    currencyCode: 'Currency',
    host: 'Server',
    port: 'Port',
    useTls: 'Encrypted connection',
    ident: 'Ident',
    secret: 'Secret',
    certificateSha256: 'Certificate fingerprint',
    branchNumber: 'Branch',
    mailchimpManagesStock: 'Mailchimp manages stock',
    schedule: 'Schedule',
    logRetentionDays: 'Keep the activity log (days)',
    maxRecordAttempts: 'Attempts per record',
    language: 'Language'
  },
  errors: {
    'flows-exclusive': 'These two flows go opposite ways: switch the other one off first.',
    'database-damaged':
      'The database is damaged. Kassabrug stopped so nothing is lost; restore the newest backup (Settings → Database backups, or kassabrug db restore).',
    'invalid-input': 'Not everything is filled in correctly. See the fields below.',
    'not-found': 'This does not exist (any more).',
    'keychain-unavailable':
      'The keychain of this computer cannot be used (it is locked or not running), so keys can be neither kept nor read. Unlock it, or give the keys at run time.',
    'not-configured': 'Kassabrug is not set up yet. Still needed: {{missing}}.',
    'connection-failed': 'The connection failed. Test it under Setup.',
    conflict: 'Something else just changed this. Please try again.',
    internal: 'Kassabrug ran into an unexpected error.',
    unauthorized: 'No access.',
    forbidden: 'Refused: this address does not belong to Kassabrug.'
  },
  issues: {
    required: '{{field}}: please fill this in.',
    'too-small': '{{field}}: at least {{minimum}}.',
    'too-big': '{{field}}: at most {{maximum}}.',
    'wrong-type': '{{field}}: this is not the right kind of value.',
    'invalid-format': '{{field}}: {{format}}',
    'not-allowed': '{{field}}: choose one of the options.',
    'unknown-field': '{{field}}: this field is unknown.',
    'unknown-code': '{{field}}: the till does not know code {{code}}; pick one from the list.',
    invalid: '{{field}}: this value is not valid.'
  },
  formats: {
    url: 'enter a full web address, for example https://…',
    regex: 'this form is not right.',
    cron: 'this schedule is not valid. A schedule has five parts: minute, hour, day, month and weekday, for example */5 * * * * for every five minutes.',
    other: 'this form is not right.'
  },
  connectionTest: {
    mailchimp: {
      connected: 'Connected to Mailchimp.',
      'not-configured': 'Enter the API key first.',
      'auth-refused':
        'Mailchimp does not accept this API key. Check that you copied the whole key (including the part after the dash, such as -us21) and that it has not been revoked.',
      busy: 'Mailchimp is busy. Try again in a minute.',
      unreachable:
        'Mailchimp cannot be reached. Check the internet connection and, under Advanced, the API address.',
      certificate: 'The secure connection to Mailchimp failed (certificate).',
      'not-mplus': 'The API address does not answer like Mailchimp. Check the API address.',
      refused: 'Mailchimp refused the test. Check the key and the API address.',
      unexpected:
        'The test failed because of a fault in Kassabrug. Try again; if it happens again, report it with the technical details.'
    },
    mplus: {
      connected: 'Connected to the till.',
      'not-configured': 'Enter server, port, ident and secret first.',
      'auth-refused':
        'The till does not accept this ident or secret. Check both with your MplusKASSA supplier.',
      busy: 'The till asks to wait a moment. Try again in a minute.',
      unreachable:
        'The till cannot be reached. Check the server and the port, and that the till computer is on.',
      certificate:
        'The secure connection failed. Check “Encrypted connection” and the certificate fingerprint.',
      'not-mplus': 'No MplusKASSA answers at this address. Check the server and the port.',
      refused: 'The till refused the test. Check all fields.',
      unexpected:
        'The test failed because of a fault in Kassabrug. Try again; if it happens again, report it with the technical details.'
    },
    account: 'Account: {{name}}',
    audiences: 'Audiences: {{count}}',
    apiVersion: 'Till version: {{version}}',
    branches: 'Branches: {{names}}',
    detail: 'Technical details'
  },
  schedule: {
    label: 'How often',
    every5: 'Every 5 minutes',
    every15: 'Every 15 minutes',
    every30: 'Every 30 minutes',
    hourly: 'Every hour',
    daily: 'Every day at',
    custom: 'Own schedule',
    time: 'Time',
    cron: 'Schedule in cron form',
    cronHelp: 'Five parts: minute, hour, day, month, weekday.'
  },
  wizard: {
    nav: 'Setup assistant',
    title: 'Set up Kassabrug',
    stepOf: 'Step {{step}} of {{total}}',
    steps: 'Steps',
    stepNames: {
      welcome: 'Welcome',
      mailchimp: 'Mailchimp',
      audience: 'Audience and store',
      mplus: 'MplusKASSA',
      flows: 'What to sync',
      schedule: 'How often',
      summary: 'Summary',
      sync: 'First sync'
    },
    welcome:
      'Kassabrug keeps your till (MplusKASSA) and Mailchimp in step: customers, products and categories. In a few steps you connect both. You need your Mailchimp login and your till’s details (server, port, ident and secret; your MplusKASSA supplier has them).',
    start: 'Start',
    back: 'Back',
    next: 'Next',
    keyStepsTitle: 'Where do you find the API key?',
    keySteps: {
      one: 'Log in at mailchimp.com.',
      two: 'Click your profile picture at the top right and choose “Profile”.',
      three: 'Choose “Extras”, then “API keys”.',
      four: 'Click “Create A Key”, name it Kassabrug and copy it.',
      five: 'Paste the key below and click Test.'
    },
    keyHelp: 'The key ends in a dash and a code, such as -us21.',
    testFirst: 'Test the connection first.',
    audienceWarning:
      'Note: a store belongs to one audience for good. This cannot be changed later.',
    newStore: 'Or create a new store',
    hostHelp: 'The address of the till server, for example till.myshop.com or 192.168.1.20.',
    portHelp: 'A number, usually given by your supplier.',
    identHelp: 'The user name for the connection, from your supplier.',
    secretHelp: 'The password for the connection. It goes into the operating system keychain.',
    flowsIntro: 'Choose what Kassabrug keeps in step. You can always change this later.',
    directions: {
      customers: 'Customers from Mailchimp become relations in the till.',
      products: 'Products from the till go into your Mailchimp store.',
      categories: 'Article groups from the till become product types in Mailchimp.',
      stock:
        'Mailchimp manages stock: the stock of the chosen branch goes to the variants in Mailchimp. Off: Kassabrug sends no stock.',
      'orders-out': 'Till sales to known customers become orders in Mailchimp.'
    },
    scheduleIntro: 'How often does Kassabrug sync by itself?',
    summaryIntro: 'This is what Kassabrug will do:',
    summaryAccount: 'Mailchimp account',
    summaryFlows: 'Sync',
    noFlows: 'nothing chosen',
    startSync: 'Start the first sync',
    syncRunning: 'Running the first sync…',
    syncDone: 'Done! The first sync has finished.',
    toDashboard: 'Go to the dashboard',
    notSetUp: 'Kassabrug is not set up yet.',
    openWizard: 'Set up'
  },
  backup: {
    title: 'Database backups',
    last: 'Last backup',
    none: 'There is no backup yet. Kassabrug makes one daily and before every database update.',
    reasons: {
      daily: 'daily',
      'pre-migration': 'before an update',
      manual: 'by hand',
      'pre-restore': 'before a restore'
    },
    folder: 'Folder',
    count: 'Kept: {{count}}',
    backupNow: 'Back up now',
    backingUp: 'Working…',
    restore: 'Restore',
    restoring: 'Restoring…',
    confirmTitle: 'Restore this backup?',
    confirmText:
      'The data of {{time}} comes back; what changed since is lost. A safety copy of the current state is made first.',
    cancel: 'Cancel',
    restored: 'Restored. The current state is in the safety copy.'
  },
  lookups: {
    title: 'Lookup tables',
    intro:
      'Which code the till uses for a country, or for a payment or delivery method of the web shop. The choices come from the till itself.',
    titles: {
      vatCodeByCountry: 'VAT code per country',
      turnoverGroupByCountry: 'Turnover group per country',
      paymentMethods: 'Payment methods',
      deliveryMethods: 'Delivery methods'
    },
    helps: {
      vatCodeByCountry: "Per country the till's VAT code (with that country's rate).",
      turnoverGroupByCountry: 'Per country the turnover group the till books the sale on.',
      paymentMethods: "On the left the web shop's name, on the right the till's payment method.",
      deliveryMethods: "On the left the web shop's name, on the right the till's delivery method."
    },
    values: {
      vatCodeByCountry: 'VAT code',
      turnoverGroupByCountry: 'Turnover group',
      paymentMethods: 'Payment method at the till',
      deliveryMethods: 'Delivery method at the till'
    },
    keyLabels: { country: 'Country', name: 'Name in the web shop' },
    other: 'Any other',
    choose: '— choose —',
    empty: 'Nothing filled in yet.',
    addRow: 'Add a row',
    remove: 'Remove',
    removeRow: 'Remove row {{key}}',
    actions: 'Actions',
    duplicate: '{{key}} is already listed; each row needs its own value.',
    fixFirst: 'Correct the fields in red first.'
  },
  about: {
    title: 'About Kassabrug and diagnostics',
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
    backends: { keychain: 'Operating system keychain', memory: 'Memory only (test)' },
    logs: 'Log files',
    logsTerminal: 'This Kassabrug writes its log to the terminal window, not to a file.',
    logFolder: 'Folder',
    noLogFiles: 'No log files yet.',
    logFile: 'File',
    logSize: 'Size',
    logModified: 'Modified',
    logTail: 'The last {{count}} lines (technical)'
  },
  stockSettings: {
    title: 'Stock',
    manages: 'Mailchimp manages stock',
    managesHelp:
      'On: Kassabrug sends the stock of the chosen branch to Mailchimp (the Stock flow). Off: Kassabrug sends stock nowhere, not with the products either.',
    branchMissing:
      'Choose a branch in the MplusKASSA connection first: stock comes from one branch.',
    branch: 'Stock of branch {{branch}}',
    calculation: 'What counts as stock',
    negative: 'Pass on negative stock',
    negativeHelp: 'Off: more reserved than free counts as 0.',
    example: 'Example from your till',
    exampleHelp:
      'Recently changed articles: what MplusKASSA reports and what Mailchimp gets with each choice (rounded down).',
    exampleEmpty: 'This branch has no recently changed stock yet.',
    article: 'Article',
    free: 'Free',
    reserved: 'Reserved',
    incoming: 'Incoming',
    save: 'Save',
    saved: 'Stock settings saved.',
    calculations: {
      'free-minus-reserved': 'Free minus reserved (recommended)',
      free: 'Free stock',
      'free-plus-incoming': 'Free plus incoming',
      'free-minus-reserved-plus-incoming': 'Free minus reserved plus incoming'
    }
  },
  ordersOut: {
    title: 'Till sales to Mailchimp',
    sources: 'Which sales',
    sourceNames: {
      receipts: 'Till receipts',
      invoices: 'Invoices',
      orders: 'Orders'
    },
    sourcesHelp:
      'Only sales with a customer with an e-mail address go to Mailchimp. In a shop most sales are till receipts.',
    branches: 'Branches',
    branchesHelp: 'Branch numbers, separated by commas. Empty: every branch.',
    startDate: 'Start date of the first back-fill',
    startDateHelp: 'As YYYY-MM-DD. Empty: twelve months back.',
    optInField: 'Relation field for e-mail consent',
    optInFieldHelp:
      'The MplusKASSA relation field that says ‘yes’ when the customer wants e-mail (for example extraText). Empty: customers from the till become transactional.'
  },
  settings: {
    title: 'Settings',
    language: 'Language',
    languages: { nl: 'Nederlands', en: 'English', fr: 'Français' },
    retention: 'Keep the activity log (days)',
    retentionHelp: 'Older entries are deleted (GDPR). Between 1 and 3650 days.',
    storePayloads: 'Keep the data sent and received in the log',
    storePayloadsHelp: 'Off: the log keeps what happened, not the customer or order data.',
    callTimeout: 'MplusKASSA: time per call (seconds)',
    callTimeoutHelp:
      'How long one call to the till may take (lists twice that). From 10 to 600 seconds; 60 by default. When the till drops out briefly, Kassabrug waits about a minute before the sync stops.',
    save: 'Save',
    saving: 'Saving…',
    saved: 'Settings saved.'
  },
  cli: {
    db: {
      noDatabase: 'There is no database at {{path}} yet.',
      quickCheckOk: '{{path}}: quick check ok.',
      fullCheckOk: '{{path}}: full integrity check ok.',
      newestBackup: 'Newest backup: {{file}}',
      noBackupYet: 'There is no backup yet.',
      backupMade: 'Backup made: {{file}} ({{bytes, number}} bytes).',
      noBackupIn: 'there is no backup in {{folder}}.',
      noFile: 'there is no file {{file}}.',
      restored: 'Restored {{file}} to {{path}}.',
      keptAs: 'The previous database is kept as {{file}}.',
      restoredOpens: 'The restored database opens and passes the quick check.'
    },
    none: 'none',
    credentials: 'Credentials',
    connections: 'Connections',
    configured: 'set up',
    notConfigured: 'not set up, missing: {{missing}}',
    serving:
      'Kassabrug is running at {{url}}\nOpen that address in a browser on this computer. Press Ctrl+C to stop.',
    dryRun: '{{flow}}: the next {{count}} record(s); nothing is sent',
    noFlowOn: 'No flow is switched on; switch one on in the app (or with the setup wizard).',
    attentionItem: '#{{id}} {{flow}} {{record}} (attempts: {{attempts}}): {{why}}',
    retried: 'Retried: {{succeeded}} succeeded, {{stillFailing}} still failing.',
    runStarted: '{{flow}}: run {{run}} started ({{trigger}})',
    count: '{{label}} {{value, number}}',
    time: '{{at, datetime(dateStyle: short; timeStyle: medium)}}',
    help: {
      values: {
        language: 'language',
        port: 'port',
        folder: 'folder',
        flow: 'flow',
        count: 'count',
        action: 'action',
        id: 'id',
        file: 'file',
        command: 'command',
        options: 'options'
      },
      usage: 'Usage:',
      options: 'Options:',
      commands: 'Commands:',
      arguments: 'Arguments:',
      default: 'default: {{value}}',
      help: 'show this help (or the help of a command)',
      version: 'print the version number',
      afterError: '(kassabrug --help shows what can be used)',
      program: 'Keeps an MplusKASSA point-of-sale and a Mailchimp account in sync.',
      lang: 'print in this language ({{languages}}; default: the one chosen in Settings)',
      serve: 'serve the Kassabrug web interface on 127.0.0.1 (for a machine without a desktop)',
      port: 'port to listen on (0 picks a free one)',
      dataDir: 'folder for the database (default: $KASSABRUG_DATA_DIR or the OS app-data folder)',
      status: 'print the version, data folder, database, keychain and connection state',
      json: 'print as JSON',
      sync: 'run every enabled flow now (or one), in dependency order; exit code 1 when a run failed',
      flow: 'only this flow ({{flows}})',
      dryRun: 'show what would be sent for the next records, send nothing',
      dryRunLimit: 'records to show with --dry-run',
      attention: 'records that need attention: list, retry ID, or retry-all',
      attentionId: 'the item to retry',
      log: 'the newest records of the activity log',
      failed: 'only records that failed',
      logLimit: 'how many records',
      db: 'check, back up or restore the database',
      dbCheck: 'check the database (SQLite quick check; --full for the full integrity check)',
      full: 'run the full integrity check (slower)',
      dbBackup: 'make a backup now (in the data folder’s backups/ folder)',
      dbRestore:
        'put a backup back in place of the database (default: the newest); stop Kassabrug first',
      restoreFile: 'the backup file to restore'
    },
    secretsFile: {
      shared:
        '{{variable}}: {{path}} may be read by other users (mode {{mode}}); make it private with: chmod 600 {{path}}',
      unreadable: '{{variable}}: cannot read {{path}}; check the name and that you may read it.',
      unknownLine:
        '{{variable}}: line {{line}} of {{path}} is not KASSABRUG_MAILCHIMP_API_KEY=… or KASSABRUG_MPLUS_SECRET=…'
    },
    errors: {
      unknownOption: 'unknown option {{option}}.',
      unknownCommand: 'unknown command {{command}}.',
      optionMissingArgument: 'option {{option}} needs a value.',
      missingArgument: '{{argument}} is missing.',
      excessArguments: 'too many arguments.',
      invalidArgument: '{{option}}: {{value}} cannot be used; {{why}}',
      language: 'the language is one of {{languages}}.',
      port: 'a port is a whole number from 0 to 65535 (0 picks a free one).',
      portInUse:
        'port {{port}} on 127.0.0.1 is already in use; choose another with --port, or --port 0 for a free one.',
      flow: 'unknown flow; one of {{flows}}.',
      count: 'a whole number from 1 to 500.',
      retryId: 'retry needs the item number from "attention list".',
      unknownAction: 'unknown action "{{action}}"; use list, retry ID or retry-all.'
    }
  }
}
