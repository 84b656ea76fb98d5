import type { Messages } from './nl'

export const fr: Messages = {
  app: {
    name: 'Kassabrug',
    tagline: 'MplusKASSA ⇄ Mailchimp',
    mainNavigation: 'Menu principal'
  },
  nav: {
    dashboard: 'Tableau de bord',
    settings: 'Paramètres'
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
