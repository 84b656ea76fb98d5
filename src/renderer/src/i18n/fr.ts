import type { Messages } from './nl'

export const fr: Messages = {
  app: {
    name: 'Kassabrug',
    tagline: 'MplusKASSA ⇄ Mailchimp',
    mainNavigation: 'Menu principal'
  },
  nav: {
    about: 'À propos / diagnostic',
    lookups: 'Tables de correspondance',
    dashboard: 'Tableau de bord',
    settings: 'Paramètres',
    attention: 'À traiter',
    activity: 'Journal',
    setup: 'Configuration',
    mappings: 'Correspondances'
  },
  common: {
    loading: 'Chargement…',
    none: 'aucune',
    errorTitle: 'Une erreur est survenue',
    unauthorized:
      'Accès refusé. Ouvrez l’adresse affichée par « kassabrug serve » (elle contient #token=).',
    retry: 'Réessayer'
  },
  dashboard: {
    title: 'Tableau de bord',
    connections: 'Connexions',
    connection: 'Connexion',
    state: 'État',
    configured: 'Configurée',
    notConfigured: 'Pas encore configurée',
    missing: 'Manquant',
    connectionNames: { mailchimp: 'Mailchimp', mplus: 'MplusKASSA' }
  },
  desktop: {
    open: 'Ouvrir Kassabrug',
    syncAll: 'Tout synchroniser maintenant',
    syncFlow: 'Synchroniser {{flow}} maintenant',
    pause: 'Suspendre la planification',
    resume: 'Reprendre la planification',
    paused: 'Planification suspendue',
    showLogs: 'Afficher les journaux',
    startAtLogin: 'Lancer à l’ouverture de session',
    quit: 'Quitter',
    lastResult: 'Dernière exécution : {{flow}} – {{status}} à {{time}}',
    noRunYet: 'Aucune exécution',
    closedToTrayTitle: 'Kassabrug reste actif',
    closedToTrayBody:
      'La fenêtre est fermée, mais Kassabrug continue de synchroniser. Rouvrez-le depuis l’icône de la zone de notification ; choisissez Quitter pour l’arrêter.',
    failingTitle: '{{flow}} : la synchronisation échoue',
    attentionBody: '{{count}} enregistrement(s) demandent votre attention.',
    recoveredTitle: '{{flow}} : la synchronisation fonctionne à nouveau',
    recoveredBody: 'La dernière exécution a réussi.'
  },
  ordersIn: {
    title: 'Commandes de la boutique vers MplusKASSA',
    sourceStore: 'Boutique Mailchimp d’où viennent les commandes',
    sourceStoreHelp: 'Vide : la boutique où Kassabrug envoie les produits.',
    statuses: 'Statuts de paiement importés',
    statusesHelp:
      'Une commande ayant un autre statut est ignorée jusqu’à ce qu’elle prenne un statut choisi.',
    status: {
      paid: 'Payée',
      pending: 'En attente',
      authorized: 'Autorisée',
      partially_paid: 'Payée en partie'
    },
    pricesIncludeVat: 'Les prix de la boutique sont TTC',
    addressForm: 'Écriture de l’adresse',
    addressForms: {
      byCountry: 'Selon le pays de l’adresse',
      nl: 'Néerlandaise (Kerkstraat 12-A)',
      be: 'Belge (Kerkstraat 12 bus 3)',
      fr: 'Française (12 rue de Rivoli)',
      asGiven: 'Telle que la boutique l’envoie'
    },
    placedSince: 'Importer les commandes passées depuis (vide : toutes)',
    employeeNumber: 'Numéro d’employé',
    employeeNumberHelp:
      'Obligatoire pour MplusKASSA ; 999999 par défaut. Le numéro doit exister dans la caisse.',
    standardDebtor: 'Débiteur standard (numéro de relation)',
    standardDebtorHelp:
      'Rempli : chaque commande va sur cette relation. Vide : le client est cherché par adresse e-mail, créé ou mis à jour.',
    shippingArticle: 'Article pour les frais de port (numéro d’article)',
    shippingArticleHelp:
      'Les frais de port deviennent une ligne sur cet article. Vide : une commande avec frais de port est refusée.',
    workplace: 'Poste de travail (vide : aucun)',
    paymentTerm: 'Délai de paiement en jours (vide : non défini)',
    paymentTermHelp: 'Défini sur le client dans MplusKASSA ; une commande n’a pas de délai propre.'
  },
  flows: {
    names: {
      customers: 'Clients',
      products: 'Produits',
      categories: 'Catégories',
      'product-types': 'Types de produit → groupes d’articles',
      'orders-in': 'Commandes de la boutique → MplusKASSA',
      stock: 'Stock',
      'orders-out': 'Ventes en caisse → commandes'
    },
    /** Plural, for the progress line. */
    entities: {
      customers: 'clients',
      products: 'produits',
      categories: 'catégories',
      'product-types': 'types de produit',
      'orders-in': 'commandes',
      stock: 'niveaux de stock',
      'orders-out': 'ventes'
    },
    exclusive:
      '{{flow}} ne peut pas être activé tant que {{other}} l’est : ils transfèrent les mêmes données en sens inverse. Désactivez d’abord {{other}}.',
    sync: 'Synchronisation',
    overall: 'État',
    states: {
      'not-set-up': 'Pas encore configuré',
      idle: 'Au repos',
      syncing: 'Synchronisation en cours',
      error: 'Erreur'
    },
    enabled: 'Actif',
    scheduleOf: 'Fréquence : {{flow}}',
    saveSchedule: 'Enregistrer la planification',
    scheduleSaved: 'Planification enregistrée.',
    running: 'En cours…',
    progress: '{{entity}} : {{done}} sur {{total}}',
    progressUnknown: '{{entity}} : {{done}}',
    lastRun: 'Dernière exécution',
    nextRun: 'Prochaine exécution',
    never: 'Jamais',
    notScheduled: 'Non planifiée',
    runStatuses: {
      running: 'En cours',
      succeeded: 'Réussie',
      partial: 'Partiellement réussie',
      failed: 'Échouée',
      interrupted: 'Interrompue'
    },
    counts: {
      created: 'Créés',
      updated: 'Mis à jour',
      linked: 'Associés',
      unchanged: 'Inchangés',
      skipped: 'Ignorés',
      waiting: 'En attente',
      failed: 'Échoués'
    },
    totals: '{{count}} {{entity}} à jour',
    totalsLast: '{{totals}}, dernière fois {{ago}}',
    syncAll: 'Tout synchroniser',
    syncAllStarted: 'Démarré : {{flows}}',
    nothingOn: "Activez d'abord un flux.",
    needsAttention: 'À traiter : {{count}}',
    syncNow: 'Synchroniser',
    resync: 'Tout resynchroniser',
    resyncTitle: 'Tout resynchroniser depuis le début ?',
    resyncText:
      'Kassabrug oublie où {{flow}} s’était arrêté et relit tout. Rien n’est dupliqué, mais cela prend plus de temps.',
    cancel: 'Annuler',
    confirm: 'Oui, tout resynchroniser',
    chartTitle: 'Enregistrements synchronisés par jour',
    chartEmpty: 'Rien n’a été synchronisé ces 30 derniers jours.'
  },
  attention: {
    notices: 'Remarques',
    title: 'À traiter',
    intro:
      'Les enregistrements qui ont échoué après plusieurs tentatives. Le reste de la synchronisation continue.',
    empty: 'Tout va bien : aucun enregistrement à traiter.',
    flow: 'Flux',
    record: 'Enregistrement',
    reason: 'Raison',
    attempts: 'Tentatives',
    time: 'Heure',
    states: { attention: 'À traiter', retry: 'Sera réessayé', waiting: 'En attente' },
    payload: 'Données source',
    retry: 'Réessayer',
    retryAll: 'Tout réessayer',
    retried: 'Nouvelle tentative : {{succeeded}} réussie(s), {{stillFailing}} encore en échec.'
  },
  notices: {
    unchanged: 'Inchangé depuis le dernier envoi (vers {{target}}).',
    'source-unread-stored-copy-used':
      '{{system}} n’a pas pu être lu ; la copie gardée lors de la dernière tentative a été envoyée.',
    'changed-in-future':
      'Mailchimp date la dernière modification de ce membre dans le futur ({{date, datetime(dateStyle: short; timeStyle: short)}}) ; il a quand même été synchronisé, et il est relu à chaque passage jusque-là.',
    'lines-left-out':
      'Les articles {{articles}} ne sont pas en vente, Mailchimp n’en a donc pas de variante : leurs lignes ont été omises (les totaux sont ceux de la caisse).',
    'several-relations':
      'MplusKASSA a {{count}} relations avec l’adresse e-mail {{email}} (relations {{relations}}) ; Kassabrug a lié ce client à la relation {{linked}}, le plus petit numéro. Fusionnez les doublons dans MplusKASSA.',
    'till-total-differs':
      'MplusKASSA totalise la commande {{order}} à {{till, currency(EUR)}}, Mailchimp à {{mailchimp, currency(EUR)}} : vérifiez les codes TVA de ses lignes.',
    'changed-after-import':
      'La commande {{order}} est maintenant « {{status}} » dans Mailchimp, après son import comme commande MplusKASSA {{orderId}}. Kassabrug ne modifie pas les commandes importées : créditez-la ou annulez-la en caisse si nécessaire.',
    'cancelled-after-import':
      'La commande {{order}} a été annulée dans Mailchimp, après son import comme commande MplusKASSA {{orderId}}. Kassabrug ne modifie pas les commandes importées : créditez-la ou annulez-la en caisse si nécessaire.',
    'field-truncated':
      '« {{field}} » a été raccourci de {{length}} à {{maxLength}} caractères pour tenir.',
    'control-characters-removed':
      '{{count}} caractère(s) de contrôle invisible(s) retiré(s) de « {{field}} ».',
    'field-too-long':
      '« {{field}} » compte {{length}} caractères ; la cible en accepte au plus {{maxLength}}.',
    'invalid-unicode':
      '« {{field}} » contient du texte cassé (un demi-caractère, comme en laisse un export défectueux). Corrigez-le à la source.',
    'lost-character':
      '« {{field}} » contient un caractère perdu par un encodage cassé (position {{position}}). Corrigez-le à la source.',
    'field-empty': '« {{field}} » est vide, et la cible en a besoin.',
    'wrong-type': '« {{field}} » contient une valeur du mauvais type (attendu : {{expected}}).',
    'not-a-number': "« {{field}} » n'est pas un nombre utilisable.",
    'transform-failed': "« {{field}} » n'a pas pu être converti ({{transform}}).",
    'field-invalid': 'Une valeur ne correspond pas à ce que la cible accepte.',
    'no-usable-id': "L'enregistrement n'a pas d'identifiant auquel Kassabrug peut le reconnaître.",
    'source-unreadable':
      'La source a envoyé cet enregistrement sous une forme que Kassabrug ne sait pas lire.',
    'invalid-email': "« {{email}} » n'est pas une adresse e-mail valide.",
    'no-articles': "Le produit n'a pas d'articles ; Mailchimp a besoin d'au moins une variante.",
    'target-refused': "Le système cible a refusé l'enregistrement.",
    'target-unreachable': 'Le système cible était injoignable.',
    'target-answer-unreadable':
      'Le système cible a répondu quelque chose que Kassabrug ne peut pas lire ({{code}}). Kassabrug réessaie à la prochaine synchronisation.',
    internal: 'Une erreur dans Kassabrug même.',
    'unknown-employee': 'L’employé {{employee}} n’existe pas dans la caisse.',
    'article-gone': 'L’article {{article}} n’est plus dans la caisse.',
    'stock-too-large': 'Le stock de l’article {{article}} est trop grand pour être compté.',
    'order-discount-too-large':
      'La remise de {{discount, currency(EUR)}} dépasse la plus grande ligne ({{largest, currency(EUR)}}).',
    'no-shipping-article':
      'La commande a {{shipping, currency(EUR)}} de frais de port, mais aucun article de port n’est choisi.',
    'order-total-differs':
      'Les lignes font {{total, currency(EUR)}}, mais la commande indique {{stated, currency(EUR)}}.',
    'sku-not-mapped':
      'La correspondance des produits ne remplit pas le SKU depuis un seul champ d’article.',
    'till-sale': 'La commande {{order}} est une vente de caisse, déjà dans la caisse.',
    'order-cancelled': 'La commande {{order}} a été annulée.',
    'status-not-imported':
      'La commande {{order}} a le statut de paiement « {{status}} », qui n’est pas importé.',
    'placed-before': 'La commande {{order}} a été passée avant le {{date}}.',
    'no-customer': 'Vente sans client avec adresse e-mail : elle n’a pas sa place dans Mailchimp.',
    'no-lines': 'La vente n’a aucune ligne avec une quantité.',
    'only-not-for-sale': 'Uniquement des articles qui ne sont pas en vente ({{articles}}).',
    'credit-without-sale': 'Cet avoir appartient à la vente {{sale}}, que la caisse ne trouve pas.',
    'credit-sale-not-sent':
      'La vente {{sale}} n’est pas dans Mailchimp : il n’y a rien à rembourser.',
    'no-active-article': 'Le produit {{product}} n’a aucun article actif et n’est pas en vente.',
    'day-stock-article':
      'L’article {{article}} a un stock du jour ; Mailchimp garde son propre chiffre.',
    'made-of-parts':
      'L’article {{article}} est composé de pièces ({{parts}}) ; la caisse compte le stock des pièces.',
    'gone-from-source':
      '{{system}} n’a plus cet enregistrement sous ce nom (supprimé, ou son adresse e-mail corrigée par exemple) ; l’ancienne copie n’a pas été envoyée. Un enregistrement modifié arrive sous son nouveau nom.',
    'line-without-sku':
      'Le produit {{product}} (variante {{variant}}) n’a pas de SKU dans Mailchimp.',
    'article-not-in-till': 'Le produit {{product}} (SKU {{sku}}) n’est pas encore dans la caisse.',
    'product-not-in-mailchimp':
      'Le produit {{product}} (article {{article}}) n’est pas encore dans Mailchimp.',
    'refunded-sale-not-sent': 'La vente {{sale}} n’est pas encore dans Mailchimp.',
    'stock-product-not-synced':
      'Le produit de l’article {{article}} n’est pas encore dans Mailchimp.',
    'still-waiting': 'En attente depuis {{runs}} passages.'
  },
  /** What the shop owner can do, per code of a refused or waiting record (attention page). */
  todo: {
    'target-answer-unreadable':
      'Kassabrug réessaie tout seul. Si cela persiste, vérifiez que {{system}} fonctionne et cliquez sur Réessayer.',
    'field-too-long': 'Raccourcissez « {{field}} » à la source, puis cliquez sur Réessayer.',
    'invalid-unicode': 'Retapez « {{field}} » à la source, puis cliquez sur Réessayer.',
    'lost-character': 'Retapez « {{field}} » à la source, puis cliquez sur Réessayer.',
    'field-empty': 'Remplissez « {{field}} » à la source, puis cliquez sur Réessayer.',
    'wrong-type': 'Corrigez « {{field}} » à la source, ou modifiez la correspondance.',
    'not-a-number': 'Saisissez un simple nombre pour « {{field}} » à la source.',
    'transform-failed': 'Corrigez « {{field}} » à la source, ou modifiez la correspondance.',
    'field-invalid': 'Corrigez la fiche à la source, puis cliquez sur Réessayer.',
    'no-usable-id': 'Donnez à la fiche un numéro ou une adresse e-mail à la source.',
    'source-unreadable': 'Vérifiez la fiche à la source, puis cliquez sur Réessayer.',
    'invalid-email':
      'Corrigez l’adresse e-mail « {{email}} » dans Mailchimp, puis cliquez sur Réessayer.',
    'no-articles': 'Ajoutez un article au produit dans la caisse.',
    'target-refused': 'Vérifiez la fiche et la correspondance, puis cliquez sur Réessayer.',
    'target-unreachable':
      'Vérifiez qu’Internet et {{system}} fonctionnent. Kassabrug réessaie tout seul ; ou cliquez sur Réessayer.',
    internal: 'Cliquez sur Réessayer. Signalez-le si cela se répète.',
    'unknown-employee': 'Choisissez dans Paramètres un employé qui existe dans la caisse.',
    'article-gone': 'Remettez l’article dans la caisse, ou laissez cette vente.',
    'stock-too-large': 'Corrigez le stock de l’article dans la caisse.',
    'order-discount-too-large': 'Vérifiez la remise de la commande dans la boutique en ligne.',
    'no-shipping-article':
      'Choisissez un article de port dans Paramètres, puis cliquez sur Réessayer.',
    'order-total-differs': 'Vérifiez les montants de la commande dans la boutique en ligne.',
    'sku-not-mapped': 'Dans Correspondances, remplissez le SKU depuis un champ d’article.',
    'line-without-sku': 'Donnez un SKU à la variante dans la boutique en ligne.',
    'article-not-in-till': 'Créez dans la caisse un article avec ce SKU.',
    'product-not-in-mailchimp': 'Activez le flux Produits ; ceci suivra tout seul.',
    'refunded-sale-not-sent': 'Ceci suivra tout seul dès que la vente sera dans Mailchimp.',
    'stock-product-not-synced': 'Activez le flux Produits ; le stock suivra tout seul.',
    'still-waiting': 'Réglez ce qui est indiqué ci-dessus, puis cliquez sur Réessayer.'
  },
  /** Why a run stopped (dashboard, tray, CLI). */
  runProblems: {
    'credentials-refused':
      '{{system}} refuse la clé. Saisissez-la à nouveau dans Configuration et cliquez sur Tester.',
    'system-unreachable':
      '{{system}} était injoignable ({{records}} fiches d’affilée). Le prochain passage continue.',
    'read-failed': 'La lecture depuis {{system}} a échoué. Le prochain passage réessaie.',
    'not-configured': 'Pas encore configuré. Il manque : {{missing}}.',
    'keychain-unavailable':
      'Les clés n’ont pas pu être lues dans le trousseau de cet ordinateur. Déverrouillez-le (ou reconnectez-vous), puis relancez la synchronisation.',
    'flow-unavailable': 'Ce flux n’existe pas encore dans cette version.',
    'lease-lost': 'Un autre Kassabrug a repris ce flux.',
    shutdown: 'Kassabrug a été fermé. Le prochain passage continue.',
    interrupted: 'Kassabrug s’est arrêté pendant ce passage. Le suivant a continué.',
    'closing-step-failed': 'La dernière étape a échoué ; elle sera refaite la prochaine fois.',
    internal: 'Une erreur dans Kassabrug lui-même. Signalez-la si cela se répète.'
  },
  setUp: {
    missing: 'Il manque : {{missing}}.',
    keychainUnreadable:
      'Le trousseau est verrouillé ou non démarré : les clés qui y sont gardées ne peuvent pas être lues. Déverrouillez-le.',
    syncRefused:
      'La synchronisation pourra commencer une fois Kassabrug configuré. Ouvrez l’application ou l’assistant.'
  },
  reasons: {
    whatToDo: 'Que faire',
    retryResults: {
      created: '{{record}} : réussi, créé.',
      updated: '{{record}} : réussi, mis à jour.',
      linked: '{{record}} : réussi, relié.',
      unchanged: '{{record}} : réussi, rien à changer.',
      skipped: '{{record}} : ignoré.',
      waiting: '{{record}} : toujours en attente.',
      failed: '{{record}} : a encore échoué.',
      'not-reached': '{{record}} : pas essayé (le flux était occupé ou s’est arrêté).'
    }
  },
  activity: {
    warned: '{{count}} avec avertissements',
    title: 'Journal',
    runs: 'Exécutions',
    records: 'Enregistrements',
    filters: 'Filtres',
    flow: 'Flux',
    outcome: 'Résultat',
    text: 'Rechercher',
    textHelp: 'Cherche dans les identifiants, les raisons et les données.',
    all: 'Tous',
    outcomes: {
      created: 'Créé',
      updated: 'Mis à jour',
      linked: 'Associé',
      unchanged: 'Inchangé',
      skipped: 'Ignoré',
      waiting: 'En attente',
      failed: 'Échoué'
    },
    loadMore: 'Afficher plus',
    noRuns: 'Aucune exécution pour l’instant.',
    noRecords: 'Aucun enregistrement trouvé.',
    started: 'Début',
    trigger: 'Déclencheur',
    triggers: {
      manual: 'Manuel',
      schedule: 'Planification',
      startup: 'Démarrage',
      retry: 'Nouvelle tentative'
    },
    status: 'État',
    counts: 'Nombres',
    showRecords: 'Enregistrements de l’exécution {{id}}',
    onlyRun: 'Exécution {{id}} seulement',
    sourceId: 'Identifiant source',
    targetId: 'Identifiant cible',
    sourcePayload: 'Reçu de la source',
    sentPayload: 'Envoyé',
    response: 'Réponse',
    to: 'vers',
    subjects: {
      customers: 'Client',
      products: 'Produit',
      categories: 'Catégorie',
      'product-types': 'Type de produit'
    },
    targets: {
      customers: 'relation {{id}}',
      products: 'Mailchimp',
      categories: 'Mailchimp',
      'product-types': "groupe d'articles {{id}}"
    },
    from: 'Du',
    until: 'Au (inclus)',
    export: 'Exporter (CSV)',
    exported: '{{count}} lignes exportées.',
    csv: {
      at: 'Heure',
      flow: 'Flux',
      record: 'Enregistrement',
      target: 'Vers',
      outcome: 'Résultat',
      reason: 'Raison',
      sourceId: 'Id à la source',
      targetId: 'Id à la cible'
    },
    quietRuns: '{{count}} exécutions sans changement',
    notStored: 'Non conservé'
  },
  setup: {
    keychainMissingTitle: 'Aucun trousseau disponible',
    keychainProblem: {
      'no-service':
        'Aucun service de trousseau ne tourne sur cet ordinateur (pas de session D-Bus ni de Secret Service).',
      locked: 'Le trousseau est verrouillé.',
      unusable: 'Le trousseau du système ne peut pas être utilisé.'
    },
    keychainWhatToDo:
      "Kassabrug n'enregistre jamais d'identifiants en clair et ne peut donc pas les conserver ici. Donnez-les au démarrage de Kassabrug : définissez les variables d'environnement {{mailchimpVariable}} et {{mplusVariable}}, ou désignez avec {{fileVariable}} un fichier lisible par vous seul (chmod 600) contenant les mêmes lignes NOM=valeur. Sur un ordinateur de bureau, démarrez et déverrouillez plutôt GNOME Keyring ou KWallet.",
    keychainDetail: 'Détail technique : {{reason}}',
    sources: {
      keychain: 'Dans le trousseau',
      memory: 'En mémoire (démo)',
      environment: 'Donné au démarrage ({{variable}})',
      file: 'Donné au démarrage (fichier d’identifiants)'
    },
    givenAtRunTime:
      'Donné au démarrage de Kassabrug et relu à chaque démarrage ; modifiez-le à cet endroit.',
    title: 'Configuration',
    intro:
      'Connectez Mailchimp et MplusKASSA, testez les connexions et choisissez quoi synchroniser.',
    notStored: 'Pas encore enregistré',
    replace: 'Remplacer',
    secretHelp: 'Conservé dans le trousseau du système et plus jamais affiché.',
    storeSecret: 'Enregistrer',
    advanced: 'Avancé',
    test: 'Tester',
    testing: 'Test en cours…',
    save: 'Enregistrer',
    saved: 'Enregistré.',
    mailchimpTitle: 'Mailchimp',
    apiKey: 'Clé API',
    baseUrl: 'Adresse de l’API (vide = par défaut)',
    audience: 'Audience',
    chooseAudience: 'Choisissez une audience',
    store: 'Boutique',
    chooseStore: 'Choisissez une boutique',
    loadChoices: 'Charger les choix',
    createStore: 'Créer une boutique',
    storeId: 'Identifiant de la boutique',
    storeName: 'Nom',
    currency: 'Devise',
    create: 'Créer',
    mplusTitle: 'MplusKASSA',
    host: 'Serveur',
    port: 'Port',
    useTls: 'Connexion chiffrée (TLS)',
    ident: 'Ident',
    secret: 'Secret',
    fingerprint: 'Empreinte du certificat (SHA-256, facultatif)',
    branch: 'Filiale',
    chooseBranch: 'Choisissez une filiale',
    flowsTitle: 'Flux'
  },
  mapping: {
    title: 'Correspondance des champs',
    intro:
      'Par flux : quel champ cible reçoit sa valeur de quel champ source. L’aperçu montre exactement ce que la prochaine exécution enverrait.',
    /** What each flow does, and its rules, above its mapping. */
    notes: {
      customers:
        'Les membres Mailchimp (ou les clients d’une boutique) deviennent des relations MplusKASSA, retrouvées par adresse e-mail.',
      products:
        'Chaque produit MplusKASSA devient un produit Mailchimp avec une variante par article. Un article inactif n’est pas en vente : il n’est pas créé dans Mailchimp ; s’il devient inactif après la synchronisation, sa variante est masquée (pas supprimée, car des commandes y renvoient), puis de nouveau visible dès que l’article est réactivé.',
      categories:
        'Le nom d’un groupe d’articles devient le type de produit des produits de ce groupe dans Mailchimp.',
      'product-types':
        'Chaque type de produit de la boutique Mailchimp devient un groupe d’articles MplusKASSA, sauf si un groupe de ce nom existe déjà.',
      'orders-in':
        'Chaque commande payée de la boutique Mailchimp choisie devient une commande MplusKASSA : Kassabrug vérifie d’abord si elle existe déjà, puis le client est créé ou mis à jour d’après son adresse e-mail (ou le débiteur standard est utilisé), puis chaque article doit exister par SKU — sinon la commande attend — et alors seulement la commande est créée. Le code TVA et le groupe de chiffre d’affaires par pays figurent sur chaque ligne. Une commande importée n’est plus modifiée ; une annulation ou un remboursement ultérieur dans Mailchimp donne un avertissement.',
      stock:
        'Le stock de la succursale choisie devient le stock (inventory_quantity) de chaque variante Mailchimp, calculé comme choisi dans Paramètres → Stock. Seul un niveau modifié est envoyé ; un article pas encore dans Mailchimp attend que le flux des produits l’ait envoyé.',
      'orders-out':
        'Les tickets de caisse (et, si vous le souhaitez, les factures et commandes) des clients avec une adresse e-mail deviennent des commandes dans la boutique Mailchimp, pour que segments et automatisations sachent ce qu’un client a acheté au magasin. Seul le client est mis en correspondance ici ; lignes et montants viennent de la caisse. Une vente sans client est ignorée (pas de client). Un client venu de la caisse devient transactionnel, sauf si le champ de relation choisi indique son consentement ; un membre inscrit reste inscrit. Un ticket ou une facture d’avoir marque la commande d’origine comme remboursée. La première fois, les ventes depuis la date de début sont lues pendant que la boutique est marquée en synchronisation, pour que les anciennes commandes n’envoient aucun e-mail.'
    },
    flow: 'Flux',
    isDefault: 'Par défaut',
    isCustom: 'Personnalisée',
    target: 'Champ cible',
    source: 'Source',
    transforms: 'Transformations',
    updateOnChange: 'Mettre à jour en cas de changement',
    required: 'Obligatoire',
    yes: 'oui',
    no: 'non',
    constant: 'valeur fixe',
    save: 'Enregistrer',
    saved: 'Correspondance enregistrée.',
    reset: 'Rétablir la valeur par défaut',
    resetTitle: 'Rétablir la correspondance par défaut ?',
    resetText:
      'La correspondance personnalisée de {{flow}} est oubliée ; celle par défaut s’applique de nouveau.',
    resetConfirm: 'Oui, rétablir',
    previewTitle: 'Aperçu (simulation)',
    previewHelp:
      'Lit les prochains enregistrements et montre, pour chacun, la décision et exactement ce qui serait envoyé, avec la correspondance enregistrée. Rien n’est écrit.',
    preview: 'Créer l’aperçu',
    previewEmpty: 'La prochaine exécution n’a rien à faire : tout est à jour.',
    actions: {
      create: 'Créer',
      update: 'Mettre à jour',
      skip: 'Ignorer',
      wait: 'Attendre',
      fail: 'Échec'
    },
    payload: 'À envoyer'
  },
  /** The mapping editor's rules, transforms and draft preview (issue 12). */
  mappingEditor: {
    title: 'Règles',
    fieldPicker: 'Champ source',
    otherPath: 'Autre chemin : {{path}}',
    pathLabel: 'Chemin du champ source',
    example: 'exemple : {{value}}',
    noExample: 'vide dans l’exemple',
    mergeField: 'Champ {{tag}}',
    combined: 'Composé : {{source}}',
    addTransform: 'Ajouter une transformation',
    addTransformTo: 'Ajouter une transformation à {{target}}',
    add: 'Ajouter',
    remove: 'Supprimer {{transform}}',
    moveUp: '{{transform}} plus tôt',
    moveDown: '{{transform}} plus tard',
    chain: 'Transformations de {{target}}',
    noTransforms: 'aucune',
    text: 'Texte',
    table: 'Table',
    rate: 'Pourcentage de TVA',
    rateFromField: 'du champ {{path}}',
    maxLength: 'Longueur maximale',
    value: 'Valeur',
    part: 'Partie',
    parts: {
      street: 'Rue',
      houseNumber: 'Numéro',
      suffix: 'Complément'
    },
    numberFirst: 'Numéro d’abord',
    onMissing: 'Absent de la table',
    missing: {
      error: 'refuser',
      empty: 'laisser vide'
    },
    refusals: {
      unknownSource:
        'Le champ source {{field}} n’existe pas dans cet enregistrement ; choisissez un champ dans la liste.',
      unknownTarget: 'Le champ cible {{field}} n’existe pas.',
      unknownTable: 'Il n’y a pas de table de correspondance {{code}}.',
      requiredTarget: 'Le champ cible {{field}} est obligatoire : donnez-lui une source.',
      other: '{{field}} : cette règle n’est pas valable.'
    },
    previewTitle: 'Aperçu de cette correspondance (pas encore enregistrée)',
    previewHelp:
      'Un vrai enregistrement de la source, avec la correspondance telle qu’elle est à l’écran. Rien n’est envoyé.',
    previewOf: 'Exemple : {{name}}',
    cameIn: 'Ce qui est arrivé',
    sendNow: 'Ce qui serait envoyé maintenant',
    sentLast: 'Ce qui a été envoyé la dernière fois',
    sentAt: 'envoyé le {{at}}',
    nothingSent: 'Rien envoyé pour l’instant.',
    nothingToSend: 'Rien à envoyer.',
    decision: 'Décision',
    decisions: {
      create: 'Sera créé',
      update: 'Sera mis à jour',
      unchanged: 'Inchangé : comme la dernière fois',
      skip: 'Ignoré',
      wait: 'Attend autre chose',
      fail: 'Refusé'
    },
    fieldsTitle: 'Par champ',
    omitted: 'omis (vide)',
    fieldError: 'ne peut pas être rempli',
    noSample: 'La source n’a pas encore d’enregistrement à montrer.',
    draftRefused: 'L’aperçu attend que les règles ci-dessus soient correctes.',
    refresh: 'Relire le premier enregistrement'
  },
  /** Source field labels, one per field name of the catalogue (src/shared/source-fields.ts). */
  sourceFields: {
    active: 'Actif',
    addr1: 'Ligne d’adresse 1',
    addr2: 'Ligne d’adresse 2',
    address: 'Adresse',
    articleNumber: 'Numéro d’article',
    barcode: 'Code-barres',
    brandName: 'Marque',
    city: 'Ville',
    colour: 'Couleur',
    commerceNumber: 'Numéro d’entreprise',
    company: 'Société',
    companyName: 'Nom de la société',
    contact: 'Personne de contact',
    country: 'Pays',
    currency_code: 'Devise',
    deliveryKey: 'Clé du mode de livraison',
    description: 'Description',
    discount: 'Remise',
    discount_total: 'Remise totale',
    displayText: 'Texte d’affichage',
    email: 'Adresse e-mail',
    email_address: 'Adresse e-mail',
    extArticleId: 'Identifiant d’article externe',
    extraText: 'Texte supplémentaire',
    financial_status: 'Statut de paiement',
    first_name: 'Prénom',
    fulfillment_status: 'Statut de livraison',
    groupNumber: 'Numéro de groupe',
    id: 'Identifiant',
    imageUrl: 'Adresse de l’image',
    invoiceText: 'Texte de facture',
    language: 'Langue',
    last_changed: 'Dernière modification',
    last_name: 'Nom',
    list_id: 'Identifiant d’audience',
    mobile: 'Numéro de portable',
    name: 'Nom',
    order_total: 'Total de la commande',
    paymentKey: 'Clé du mode de paiement',
    pluNumber: 'Numéro PLU',
    price: 'Prix',
    priceExcl: 'Prix HTVA',
    priceIncl: 'Prix TVAC',
    processed_at_foreign: 'Commandé le',
    productNumber: 'Numéro de produit',
    product_id: 'Identifiant du produit',
    product_title: 'Titre du produit',
    product_variant_id: 'Identifiant de la variante',
    product_variant_title: 'Titre de la variante',
    purchasePrice: 'Prix d’achat',
    quantity: 'Quantité',
    receiptText: 'Texte du ticket',
    relationCode: 'Code relation',
    relationNumber: 'Numéro de relation',
    shipping_total: 'Frais d’envoi',
    size: 'Taille',
    sortOrder: 'Ordre',
    state: 'Province',
    status: 'Statut',
    supplierArticleNumber: 'Référence fournisseur',
    syncMarker: 'Compteur de modifications',
    tax_total: 'TVA totale',
    telephone: 'Numéro de téléphone',
    text: 'Texte',
    timestamp_opt: 'Inscrit le',
    tracking_carrier: 'Transporteur',
    turnoverGroup: 'Groupe de chiffre d’affaires',
    type: 'Type de produit',
    unique_email_id: 'Identifiant e-mail unique',
    vatCode: 'Code TVA',
    vatNumber: 'Numéro de TVA',
    vatPercentage: 'Pourcentage de TVA',
    vip: 'VIP',
    website: 'Site web',
    zip: 'Code postal',
    zipcode: 'Code postal'
  },
  /** Where a source field comes from: the label's parenthesis. */
  sourceGroups: {
    mailchimpMember: 'membre Mailchimp',
    mailchimpMergeFields: 'champ Mailchimp',
    mailchimpAddress: 'adresse Mailchimp',
    mplusProduct: 'produit de la caisse',
    mplusArticle: 'article de la caisse',
    mplusArticleImage: 'image de l’article',
    mplusArticleGroup: 'groupe d’articles',
    mplusRelation: 'relation de la caisse',
    mailchimpProductType: 'type de produit Mailchimp',
    mailchimpOrder: 'commande Mailchimp',
    mailchimpCustomer: 'client de la commande',
    mailchimpOrderLine: 'ligne de commande',
    deliveryAddress: 'adresse de livraison',
    invoiceAddress: 'adresse de facturation',
    orderFacts: 'commande'
  },
  /** The core's transforms by name (transformKinds). */
  transformNames: {
    centsToDecimal: 'Centimes en euros',
    decimalToCents: 'Euros en centimes',
    inclToExclVat: 'TVAC en HTVA',
    exclToInclVat: 'HTVA en TVAC',
    trim: 'Supprimer les espaces',
    truncate: 'Raccourcir',
    splitStreet: 'Séparer la rue',
    joinStreet: 'Assembler la rue',
    countryToIso2: 'Pays en code à 2 lettres',
    countryToIso3: 'Pays en code à 3 lettres',
    lookup: 'Chercher dans une table',
    digitsOnly: 'Chiffres uniquement',
    lowercase: 'Minuscules',
    uppercase: 'Majuscules',
    prefix: 'Texte avant',
    suffix: 'Texte après',
    toInteger: 'Nombre entier',
    toString: 'En texte',
    default: 'Valeur par défaut',
    concat: 'Joindre à'
  },
  fields: {
    apiKey: 'Clé API',
    baseUrl: 'Adresse de l’API',
    listId: 'Audience',
    storeId: 'Boutique',
    id: 'Code de la boutique',
    name: 'Nom',
    currencyCode: 'Devise',
    host: 'Serveur',
    port: 'Port',
    useTls: 'Connexion chiffrée',
    ident: 'Identifiant',
    secret: 'Secret',
    certificateSha256: 'Empreinte du certificat',
    branchNumber: 'Succursale',
    mailchimpManagesStock: 'Mailchimp gère le stock',
    schedule: 'Horaire',
    logRetentionDays: 'Garder le journal (jours)',
    maxRecordAttempts: 'Tentatives par fiche',
    language: 'Langue'
  },
  errors: {
    'flows-exclusive': 'Ces deux flux vont en sens inverse : désactivez d’abord l’autre.',
    'database-damaged':
      'La base de données est endommagée. Kassabrug s’est arrêté pour ne rien perdre ; restaurez la sauvegarde la plus récente (Paramètres → Sauvegardes de la base de données, ou kassabrug db restore).',
    'invalid-input': 'Tout n’est pas correctement rempli. Voyez les champs ci-dessous.',
    'not-found': 'Ceci n’existe pas (ou plus).',
    'keychain-unavailable':
      'Le trousseau de cet ordinateur est inutilisable (verrouillé ou non démarré) : les clés ne peuvent être ni gardées ni lues. Déverrouillez-le, ou donnez les clés au lancement.',
    'not-configured': 'Kassabrug n’est pas encore configuré. Il manque : {{missing}}.',
    'connection-failed': 'La connexion a échoué. Testez-la sous Configuration.',
    conflict: 'Quelque chose d’autre vient de modifier ceci. Réessayez.',
    internal: 'Kassabrug a rencontré une erreur inattendue.',
    unauthorized: 'Pas d’accès.',
    forbidden: 'Refusé : cette adresse n’appartient pas à Kassabrug.'
  },
  issues: {
    required: '{{field}} : à remplir.',
    'too-small': '{{field}} : au moins {{minimum}}.',
    'too-big': '{{field}} : au plus {{maximum}}.',
    'wrong-type': '{{field}} : ce n’est pas le bon genre de valeur.',
    'invalid-format': '{{field}} : {{format}}',
    'not-allowed': '{{field}} : choisissez une des possibilités.',
    'unknown-field': '{{field}} : ce champ est inconnu.',
    'unknown-code':
      '{{field}} : la caisse ne connaît pas le code {{code}} ; choisissez-en un dans la liste.',
    invalid: '{{field}} : cette valeur n’est pas valable.'
  },
  formats: {
    url: 'saisissez une adresse web complète, par exemple https://…',
    regex: 'cette forme n’est pas correcte.',
    cron: 'cet horaire n’est pas valable. Un horaire a cinq parties : minute, heure, jour, mois et jour de la semaine, par exemple */5 * * * * pour toutes les cinq minutes.',
    other: 'cette forme n’est pas correcte.'
  },
  connectionTest: {
    mailchimp: {
      connected: 'Connecté à Mailchimp.',
      'not-configured': 'Saisissez d’abord la clé API.',
      'auth-refused':
        'Mailchimp n’accepte pas cette clé API. Vérifiez que vous avez copié la clé entière (aussi la partie après le tiret, comme -us21) et qu’elle n’a pas été révoquée.',
      busy: 'Mailchimp est très occupé. Réessayez dans une minute.',
      unreachable:
        'Mailchimp est injoignable. Vérifiez la connexion internet et, sous Avancé, l’adresse de l’API.',
      certificate: 'La connexion sécurisée avec Mailchimp a échoué (certificat).',
      'not-mplus': 'L’adresse de l’API ne répond pas comme Mailchimp. Vérifiez l’adresse.',
      refused: 'Mailchimp a refusé le test. Vérifiez la clé et l’adresse de l’API.',
      unexpected:
        'Le test a échoué à cause d’une erreur dans Kassabrug. Réessayez ; si cela se reproduit, signalez-le avec les détails techniques.'
    },
    mplus: {
      connected: 'Connecté à la caisse.',
      'not-configured': 'Saisissez d’abord serveur, port, identifiant et secret.',
      'auth-refused':
        'La caisse n’accepte pas cet identifiant ou ce secret. Vérifiez-les auprès de votre fournisseur MplusKASSA.',
      busy: 'La caisse demande d’attendre un peu. Réessayez dans une minute.',
      unreachable:
        'La caisse est injoignable. Vérifiez le serveur et le port, et que l’ordinateur de caisse est allumé.',
      certificate:
        'La connexion sécurisée a échoué. Vérifiez « Connexion chiffrée » et l’empreinte du certificat.',
      'not-mplus': 'Aucune MplusKASSA ne répond à cette adresse. Vérifiez le serveur et le port.',
      refused: 'La caisse a refusé le test. Vérifiez tous les champs.',
      unexpected:
        'Le test a échoué à cause d’une erreur dans Kassabrug. Réessayez ; si cela se reproduit, signalez-le avec les détails techniques.'
    },
    account: 'Compte : {{name}}',
    audiences: 'Audiences : {{count}}',
    apiVersion: 'Version de la caisse : {{version}}',
    branches: 'Succursales : {{names}}',
    detail: 'Détails techniques'
  },
  schedule: {
    label: 'Fréquence',
    every5: 'Toutes les 5 minutes',
    every15: 'Toutes les 15 minutes',
    every30: 'Toutes les 30 minutes',
    hourly: 'Toutes les heures',
    daily: 'Chaque jour à',
    custom: 'Horaire personnel',
    time: 'Heure',
    cron: 'Horaire en forme cron',
    cronHelp: 'Cinq parties : minute, heure, jour, mois, jour de la semaine.'
  },
  wizard: {
    nav: 'Assistant de configuration',
    title: 'Configurer Kassabrug',
    stepOf: 'Étape {{step}} sur {{total}}',
    steps: 'Étapes',
    stepNames: {
      welcome: 'Bienvenue',
      mailchimp: 'Mailchimp',
      audience: 'Audience et boutique',
      mplus: 'MplusKASSA',
      flows: 'Quoi synchroniser',
      schedule: 'Fréquence',
      summary: 'Récapitulatif',
      sync: 'Première synchronisation'
    },
    welcome:
      'Kassabrug garde votre caisse (MplusKASSA) et Mailchimp à jour l’une avec l’autre : clients, produits et catégories. En quelques étapes, vous reliez les deux. Il vous faut votre connexion Mailchimp et les données de votre caisse (serveur, port, identifiant et secret ; votre fournisseur MplusKASSA les a).',
    start: 'Commencer',
    back: 'Précédent',
    next: 'Suivant',
    keyStepsTitle: 'Où trouver la clé API ?',
    keySteps: {
      one: 'Connectez-vous sur mailchimp.com.',
      two: 'Cliquez en haut à droite sur votre photo de profil et choisissez « Profil ».',
      three: 'Choisissez « Extras », puis « Clés API ».',
      four: 'Cliquez sur « Créer une clé », nommez-la Kassabrug et copiez-la.',
      five: 'Collez la clé ci-dessous et cliquez sur Tester.'
    },
    keyHelp: 'La clé se termine par un tiret et un code, comme -us21.',
    testFirst: 'Testez d’abord la connexion.',
    audienceWarning:
      'Attention : une boutique appartient pour toujours à une seule audience. Cela ne pourra plus changer.',
    newStore: 'Ou créez une nouvelle boutique',
    hostHelp: 'L’adresse du serveur de caisse, par exemple caisse.maboutique.be ou 192.168.1.20.',
    portHelp: 'Un nombre, en général donné par votre fournisseur.',
    identHelp: 'Le nom d’utilisateur de la liaison, de votre fournisseur.',
    secretHelp: 'Le mot de passe de la liaison. Il va dans le trousseau du système.',
    flowsIntro: 'Choisissez ce que Kassabrug garde à jour. Vous pourrez toujours le changer.',
    directions: {
      customers: 'Les clients de Mailchimp deviennent des relations dans la caisse.',
      products: 'Les produits de la caisse vont dans votre boutique Mailchimp.',
      categories:
        'Les groupes d’articles de la caisse deviennent des types de produits dans Mailchimp.',
      stock:
        'Mailchimp gère le stock : le stock de la succursale choisie va aux variantes dans Mailchimp. Désactivé : Kassabrug n’envoie aucun stock.',
      'orders-out':
        'Les ventes en caisse à des clients connus deviennent des commandes dans Mailchimp.'
    },
    scheduleIntro: 'À quelle fréquence Kassabrug synchronise-t-il tout seul ?',
    summaryIntro: 'Voici ce que Kassabrug va faire :',
    summaryAccount: 'Compte Mailchimp',
    summaryFlows: 'Synchroniser',
    noFlows: 'rien de choisi',
    startSync: 'Lancer la première synchronisation',
    syncRunning: 'Première synchronisation en cours…',
    syncDone: 'Terminé ! La première synchronisation est faite.',
    toDashboard: 'Vers l’aperçu',
    notSetUp: 'Kassabrug n’est pas encore configuré.',
    openWizard: 'Configurer'
  },
  backup: {
    title: 'Sauvegardes de la base de données',
    last: 'Dernière sauvegarde',
    none: 'Aucune sauvegarde pour l’instant. Kassabrug en fait une chaque jour et avant chaque mise à jour de la base.',
    reasons: {
      daily: 'quotidienne',
      'pre-migration': 'avant une mise à jour',
      manual: 'à la main',
      'pre-restore': 'avant une restauration'
    },
    folder: 'Dossier',
    count: 'Conservées : {{count}}',
    backupNow: 'Sauvegarder maintenant',
    backingUp: 'En cours…',
    restore: 'Restaurer',
    restoring: 'Restauration…',
    confirmTitle: 'Restaurer cette sauvegarde ?',
    confirmText:
      'Les données du {{time}} reviennent ; ce qui a changé depuis est perdu. Une copie de sécurité de l’état actuel est faite d’abord.',
    cancel: 'Annuler',
    restored: 'Restaurée. L’état actuel est dans la copie de sécurité.'
  },
  lookups: {
    title: 'Tables de correspondance',
    intro:
      'Quel code la caisse utilise pour un pays, ou pour un mode de paiement ou de livraison de la boutique en ligne. Les choix viennent de la caisse elle-même.',
    titles: {
      vatCodeByCountry: 'Code TVA par pays',
      turnoverGroupByCountry: "Groupe de chiffre d'affaires par pays",
      paymentMethods: 'Modes de paiement',
      deliveryMethods: 'Modes de livraison'
    },
    helps: {
      vatCodeByCountry: 'Par pays le code TVA de la caisse (avec le taux de ce pays).',
      turnoverGroupByCountry:
        "Par pays le groupe de chiffre d'affaires sur lequel la caisse comptabilise la vente.",
      paymentMethods:
        'À gauche le nom dans la boutique en ligne, à droite le mode de paiement de la caisse.',
      deliveryMethods:
        'À gauche le nom dans la boutique en ligne, à droite le mode de livraison de la caisse.'
    },
    values: {
      vatCodeByCountry: 'Code TVA',
      turnoverGroupByCountry: "Groupe de chiffre d'affaires",
      paymentMethods: 'Mode de paiement de la caisse',
      deliveryMethods: 'Mode de livraison de la caisse'
    },
    keyLabels: { country: 'Pays', name: 'Nom dans la boutique en ligne' },
    other: 'Tous les autres',
    choose: '— choisir —',
    empty: 'Rien de rempli pour le moment.',
    addRow: 'Ajouter une ligne',
    remove: 'Supprimer',
    removeRow: 'Supprimer la ligne {{key}}',
    actions: 'Actions',
    duplicate: '{{key}} figure déjà ; chaque ligne a sa propre valeur.',
    fixFirst: "Corrigez d'abord les champs en rouge."
  },
  about: {
    title: 'À propos de Kassabrug et diagnostic',
    application: 'Application',
    version: 'Version',
    dataDir: 'Dossier de données',
    database: 'Base de données',
    databasePath: 'Fichier',
    schemaVersion: 'Version du schéma',
    latestMigration: 'Dernière migration',
    keychain: 'Trousseau',
    keychainAvailable: 'Disponible',
    keychainUnavailable: 'Indisponible',
    backends: { keychain: 'Trousseau du système', memory: 'En mémoire seulement (test)' },
    logs: 'Fichiers journaux',
    logsTerminal:
      'Ce Kassabrug écrit son journal dans la fenêtre du terminal, pas dans un fichier.',
    logFolder: 'Dossier',
    noLogFiles: 'Pas encore de fichier journal.',
    logFile: 'Fichier',
    logSize: 'Taille',
    logModified: 'Modifié',
    logTail: 'Les {{count}} dernières lignes (technique)'
  },
  stockSettings: {
    title: 'Stock',
    manages: 'Mailchimp gère le stock',
    managesHelp:
      'Activé : Kassabrug envoie le stock de la succursale choisie à Mailchimp (le flux Stock). Désactivé : Kassabrug n’envoie de stock nulle part, pas non plus avec les produits.',
    branchMissing:
      'Choisissez d’abord une succursale dans la connexion MplusKASSA : le stock vient d’une seule succursale.',
    branch: 'Stock de la succursale {{branch}}',
    calculation: 'Ce qui compte comme stock',
    negative: 'Transmettre un stock négatif',
    negativeHelp: 'Désactivé : plus de réservé que de libre compte pour 0.',
    example: 'Exemple tiré de votre caisse',
    exampleHelp:
      'Articles modifiés récemment : ce que MplusKASSA indique et ce que Mailchimp reçoit avec chaque choix (arrondi à l’unité inférieure).',
    exampleEmpty: 'Cette succursale n’a pas encore de stock modifié récemment.',
    article: 'Article',
    free: 'Libre',
    reserved: 'Réservé',
    incoming: 'En commande',
    save: 'Enregistrer',
    saved: 'Paramètres de stock enregistrés.',
    calculations: {
      'free-minus-reserved': 'Libre moins réservé (recommandé)',
      free: 'Stock libre',
      'free-plus-incoming': 'Libre plus en commande',
      'free-minus-reserved-plus-incoming': 'Libre moins réservé plus en commande'
    }
  },
  ordersOut: {
    title: 'Ventes en caisse vers Mailchimp',
    sources: 'Quelles ventes',
    sourceNames: {
      receipts: 'Tickets de caisse',
      invoices: 'Factures',
      orders: 'Commandes'
    },
    sourcesHelp:
      'Seules les ventes à un client avec une adresse e-mail vont vers Mailchimp. Dans un magasin, la plupart des ventes sont des tickets de caisse.',
    branches: 'Filiales',
    branchesHelp: 'Numéros de filiale, séparés par des virgules. Vide : toutes les filiales.',
    startDate: 'Date de début de la première reprise',
    startDateHelp: 'Au format AAAA-MM-JJ. Vide : douze mois en arrière.',
    optInField: 'Champ de relation pour le consentement e-mail',
    optInFieldHelp:
      'Le champ de la relation MplusKASSA qui dit « oui » quand le client veut des e-mails (par exemple extraText). Vide : les clients venus de la caisse deviennent transactionnels.'
  },
  settings: {
    title: 'Paramètres',
    language: 'Langue',
    languages: { nl: 'Nederlands', en: 'English', fr: 'Français' },
    retention: 'Conserver le journal d’activité (jours)',
    retentionHelp: 'Les entrées plus anciennes sont supprimées (RGPD). Entre 1 et 3650 jours.',
    storePayloads: 'Conserver dans le journal les données envoyées et reçues',
    storePayloadsHelp:
      'Désactivé : le journal garde ce qui s’est passé, pas les données des clients ou des commandes.',
    callTimeout: 'MplusKASSA : délai par appel (secondes)',
    callTimeoutHelp:
      'Durée maximale d’un appel à la caisse (le double pour les listes). De 10 à 600 secondes ; 60 par défaut. Si la caisse disparaît brièvement, Kassabrug attend environ une minute avant d’arrêter la synchronisation.',
    save: 'Enregistrer',
    saving: 'Enregistrement…',
    saved: 'Paramètres enregistrés.'
  },
  cli: {
    db: {
      noDatabase: 'Il n’y a pas encore de base de données à {{path}}.',
      quickCheckOk: '{{path}} : vérification rapide réussie.',
      fullCheckOk: '{{path}} : vérification complète réussie.',
      newestBackup: 'Sauvegarde la plus récente : {{file}}',
      noBackupYet: 'Il n’y a pas encore de sauvegarde.',
      backupMade: 'Sauvegarde faite : {{file}} ({{bytes, number}} octets).',
      noBackupIn: 'il n’y a aucune sauvegarde dans {{folder}}.',
      noFile: 'le fichier {{file}} n’existe pas.',
      restored: '{{file}} a été restauré en {{path}}.',
      keptAs: 'L’ancienne base de données est conservée sous {{file}}.',
      restoredOpens: 'La base de données restaurée s’ouvre et réussit la vérification rapide.'
    },
    none: 'aucun',
    credentials: 'Identifiants',
    connections: 'Connexions',
    configured: 'configurée',
    notConfigured: 'non configurée, il manque : {{missing}}',
    serving:
      'Kassabrug tourne sur {{url}}\nOuvrez cette adresse dans un navigateur sur cet ordinateur. Arrêter : Ctrl+C.',
    dryRun: '{{flow}} : les {{count}} prochain(s) enregistrement(s) ; rien n’est envoyé',
    noFlowOn:
      'Aucun flux n’est activé ; activez-en un dans l’application (ou avec l’assistant de configuration).',
    attentionItem: '#{{id}} {{flow}} {{record}} (tentatives : {{attempts}}) : {{why}}',
    retried: 'Réessayé : {{succeeded}} réussi(s), {{stillFailing}} toujours en échec.',
    runStarted: '{{flow}} : passage {{run}} démarré ({{trigger}})',
    count: '{{label}} {{value, number}}',
    time: '{{at, datetime(dateStyle: short; timeStyle: medium)}}',
    help: {
      values: {
        language: 'langue',
        port: 'port',
        folder: 'dossier',
        flow: 'flux',
        count: 'nombre',
        action: 'action',
        id: 'numéro',
        file: 'fichier',
        command: 'commande',
        options: 'options'
      },
      usage: 'Utilisation :',
      options: 'Options :',
      commands: 'Commandes :',
      arguments: 'Arguments :',
      default: 'par défaut : {{value}}',
      help: 'afficher cette aide (ou l’aide d’une commande)',
      version: 'afficher le numéro de version',
      afterError: '(kassabrug --help indique ce qui peut être utilisé)',
      program: 'Garde une caisse MplusKASSA et un compte Mailchimp synchronisés.',
      lang: 'écrire dans cette langue ({{languages}} ; par défaut : celle choisie dans les Réglages)',
      serve: 'servir l’interface web de Kassabrug sur 127.0.0.1 (pour un ordinateur sans bureau)',
      port: 'port d’écoute (0 en choisit un libre)',
      dataDir:
        'dossier de la base de données (par défaut : $KASSABRUG_DATA_DIR ou le dossier de données d’application du système)',
      status:
        'afficher la version, le dossier de données, la base, le trousseau et l’état des connexions',
      json: 'afficher en JSON',
      sync: 'exécuter maintenant chaque flux activé (ou un seul), dans l’ordre des dépendances ; code de sortie 1 si une exécution a échoué',
      flow: 'seulement ce flux ({{flows}})',
      dryRun: 'montrer ce qui serait envoyé pour les prochains enregistrements, sans rien envoyer',
      dryRunLimit: 'nombre d’enregistrements à montrer avec --dry-run',
      attention: 'enregistrements à traiter : list, retry NUMÉRO ou retry-all',
      attentionId: 'l’élément à réessayer',
      log: 'les enregistrements les plus récents du journal d’activité',
      failed: 'seulement les enregistrements en échec',
      logLimit: 'combien d’enregistrements',
      db: 'vérifier, sauvegarder ou restaurer la base de données',
      dbCheck:
        'vérifier la base de données (vérification rapide SQLite ; --full pour la vérification complète)',
      full: 'faire la vérification d’intégrité complète (plus lente)',
      dbBackup: 'faire une sauvegarde maintenant (dans le dossier backups/ du dossier de données)',
      dbRestore:
        'remettre une sauvegarde à la place de la base (par défaut : la plus récente) ; arrêtez Kassabrug d’abord',
      restoreFile: 'le fichier de sauvegarde à restaurer'
    },
    secretsFile: {
      shared:
        '{{variable}} : {{path}} peut être lu par d’autres utilisateurs (mode {{mode}}) ; rendez-le privé avec : chmod 600 {{path}}',
      unreadable:
        '{{variable}} : impossible de lire {{path}} ; vérifiez le nom et que vous avez le droit de le lire.',
      unknownLine:
        '{{variable}} : la ligne {{line}} de {{path}} n’est ni KASSABRUG_MAILCHIMP_API_KEY=… ni KASSABRUG_MPLUS_SECRET=…'
    },
    errors: {
      unknownOption: 'option inconnue {{option}}.',
      unknownCommand: 'commande inconnue {{command}}.',
      optionMissingArgument: 'l’option {{option}} demande une valeur.',
      missingArgument: '{{argument}} manque.',
      excessArguments: 'trop d’arguments.',
      invalidArgument: '{{option}} : {{value}} ne convient pas ; {{why}}',
      language: 'la langue est l’une de {{languages}}.',
      port: 'un port est un nombre entier de 0 à 65535 (0 en choisit un libre).',
      portInUse:
        'le port {{port}} sur 127.0.0.1 est déjà utilisé ; choisissez-en un autre avec --port, ou --port 0 pour un port libre.',
      flow: 'flux inconnu ; l’un de {{flows}}.',
      count: 'un nombre entier de 1 à 500.',
      retryId: 'retry demande le numéro de l’élément donné par « attention list ».',
      unknownAction: 'action inconnue « {{action}} » ; utilisez list, retry NUMÉRO ou retry-all.'
    }
  }
}
