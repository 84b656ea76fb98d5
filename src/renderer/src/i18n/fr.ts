import type { Messages } from './nl'

export const fr: Messages = {
  app: {
    name: 'Kassabrug',
    tagline: 'MplusKASSA ⇄ Mailchimp',
    mainNavigation: 'Menu principal'
  },
  nav: {
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
    backend: 'Stockage',
    backends: { keychain: 'Trousseau du système', memory: 'En mémoire seulement (test)' },
    reason: 'Raison',
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
  flows: {
    names: {
      customers: 'Clients',
      products: 'Produits',
      categories: 'Catégories',
      'product-types': 'Types de produit → groupes d’articles'
    },
    /** Plural, for the progress line. */
    entities: {
      customers: 'clients',
      products: 'produits',
      categories: 'catégories',
      'product-types': 'types de produit'
    },
    exclusive:
      '{{flow}} ne peut pas être activé tant que {{other}} l’est : ils transfèrent les mêmes données en sens inverse. Désactivez d’abord {{other}}.',
    sync: 'Synchronisation',
    overall: 'État',
    states: { idle: 'Au repos', syncing: 'Synchronisation en cours', error: 'Erreur' },
    enabled: 'Actif',
    schedule: 'Planification (cron)',
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
      waiting: 'En attente',
      failed: 'Échoués'
    },
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
  activity: {
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
        'Chaque produit MplusKASSA devient un produit Mailchimp avec une variante par article. Un article inactif n’est pas en vente : il n’est pas créé dans Mailchimp ; s’il devient inactif après la synchronisation, sa variante est masquée avec un stock de 0 (pas supprimée, car des commandes y renvoient), puis de nouveau visible dès que l’article est réactivé.',
      categories:
        'Le nom d’un groupe d’articles devient le type de produit des produits de ce groupe dans Mailchimp.',
      'product-types':
        'Chaque type de produit de la boutique Mailchimp devient un groupe d’articles MplusKASSA, sauf si un groupe de ce nom existe déjà.'
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
  fields: {
    apiKey: 'Clé API',
    listId: 'Audience',
    storeId: 'Boutique',
    host: 'Serveur',
    port: 'Port',
    ident: 'Ident',
    secret: 'Secret'
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
    saved: 'Paramètres enregistrés.',
    failed: 'Échec de l’enregistrement'
  }
}
