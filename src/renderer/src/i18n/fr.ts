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
  flows: {
    names: {
      customers: 'Clients',
      products: 'Produits',
      categories: 'Catégories',
      stock: 'Stock',
      'orders-in': 'Commandes en ligne',
      'orders-out': 'Ventes en caisse'
    },
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
      skipped: 'Inchangés',
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
    retried: 'Nouvelle tentative lancée.'
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
      skipped: 'Inchangé',
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
  settings: {
    title: 'Paramètres',
    language: 'Langue',
    languages: { nl: 'Nederlands', en: 'English', fr: 'Français' },
    retention: 'Conserver le journal d’activité (jours)',
    retentionHelp: 'Les entrées plus anciennes sont supprimées (RGPD). Entre 1 et 3650 jours.',
    storePayloads: 'Conserver dans le journal les données envoyées et reçues',
    storePayloadsHelp:
      'Désactivé : le journal garde ce qui s’est passé, pas les données des clients ou des commandes.',
    save: 'Enregistrer',
    saving: 'Enregistrement…',
    saved: 'Paramètres enregistrés.',
    failed: 'Échec de l’enregistrement'
  }
}
