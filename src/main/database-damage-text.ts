import type { BackupInfo, Settings } from '../shared/contract'
import { localeOf } from '../shared/locales'

type Language = Settings['language']
import type { DatabaseDamagedError } from './core/db/database-damaged-error'
import type { DatabaseDamageKind } from './core/db/database-file-check'

interface DamageWords {
  title: string
  kind: Record<DatabaseDamageKind, (file: string) => string>
  stopped: string
  newest: (file: string, when: string) => string
  noBackup: string
  restoreHint: string
  /** The CLI's restore hint: it names the command instead of a button. */
  restoreCommand: string
  restoreButton: string
  quitButton: string
}

/**
 * What the hosts say when the database is damaged (the CLI in English or its --lang, the desktop
 * app in the system language: the settings cannot be read): the core only gives the kind, the file and the newest backup.
 */
export type DamageLanguage = Language

export const databaseDamageWords: Record<Language, DamageWords> = {
  en: {
    title: 'The Kassabrug database is damaged',
    kind: {
      empty: (file) => `The database ${file} is empty (0 bytes).`,
      'not-a-database': (file) =>
        `${file} is not a Kassabrug database (it does not start like one).`,
      truncated: (file) => `The database ${file} is cut short: part of the file is missing.`,
      malformed: (file) => `The database ${file} is damaged inside (SQLite's check failed).`,
      'wal-damaged': (file) =>
        `The change log ${file} is damaged: the latest changes in it cannot be read.`,
      'wal-missing': (file) =>
        `The change log ${file} is missing: the changes made since it was last written to the database are lost.`
    },
    stopped: 'Kassabrug has stopped and has not changed any file.',
    newest: (file, when) => `The newest backup is ${file} (made ${when}).`,
    noBackup: 'There is no backup in the data folder.',
    restoreHint:
      'Put it back with the button below (the damaged file is kept next to it, renamed).',
    restoreCommand:
      'Put the newest backup back with: kassabrug db restore (the damaged file is kept next to it, renamed).',
    restoreButton: 'Restore the newest backup',
    quitButton: 'Quit'
  },
  nl: {
    title: 'De database van Kassabrug is beschadigd',
    kind: {
      empty: (file) => `De database ${file} is leeg (0 bytes).`,
      'not-a-database': (file) =>
        `${file} is geen Kassabrug-database (het begint niet zoals een database).`,
      truncated: (file) => `De database ${file} is afgekapt: een deel van het bestand ontbreekt.`,
      malformed: (file) =>
        `De database ${file} is van binnen beschadigd (de controle van SQLite faalt).`,
      'wal-damaged': (file) =>
        `Het wijzigingslog ${file} is beschadigd: de laatste wijzigingen daarin zijn niet te lezen.`,
      'wal-missing': (file) =>
        `Het wijzigingslog ${file} ontbreekt: de wijzigingen sinds het laatst naar de database is geschreven zijn verloren.`
    },
    stopped: 'Kassabrug is gestopt en heeft geen bestand veranderd.',
    newest: (file, when) => `De nieuwste back-up is ${file} (gemaakt ${when}).`,
    noBackup: 'Er staat geen back-up in de gegevensmap.',
    restoreHint:
      'Zet die terug met de knop hieronder (het beschadigde bestand blijft ernaast bewaard).',
    restoreCommand:
      'Zet de nieuwste back-up terug met: kassabrug db restore (het beschadigde bestand blijft ernaast bewaard).',
    restoreButton: 'Nieuwste back-up terugzetten',
    quitButton: 'Afsluiten'
  },
  fr: {
    title: 'La base de données de Kassabrug est endommagée',
    kind: {
      empty: (file) => `La base de données ${file} est vide (0 octet).`,
      'not-a-database': (file) =>
        `${file} n’est pas une base de données Kassabrug (elle ne commence pas comme telle).`,
      truncated: (file) =>
        `La base de données ${file} est tronquée : une partie du fichier manque.`,
      malformed: (file) =>
        `La base de données ${file} est endommagée (la vérification de SQLite échoue).`,
      'wal-damaged': (file) =>
        `Le journal des modifications ${file} est endommagé : les dernières modifications sont illisibles.`,
      'wal-missing': (file) =>
        `Le journal des modifications ${file} manque : les modifications faites depuis sa dernière écriture dans la base sont perdues.`
    },
    stopped: 'Kassabrug s’est arrêté et n’a modifié aucun fichier.',
    newest: (file, when) => `La sauvegarde la plus récente est ${file} (faite le ${when}).`,
    noBackup: 'Il n’y a aucune sauvegarde dans le dossier de données.',
    restoreHint:
      'Restaurez-la avec le bouton ci-dessous (le fichier endommagé est conservé à côté).',
    restoreCommand:
      'Restaurez la sauvegarde la plus récente avec : kassabrug db restore (le fichier endommagé est conservé à côté).',
    restoreButton: 'Restaurer la sauvegarde la plus récente',
    quitButton: 'Quitter'
  }
}

/** When the backup was made, in the language's regional format and local time. */
function when(backup: BackupInfo, language: Language): string {
  return new Date(backup.createdAt).toLocaleString(localeOf(language), {
    dateStyle: 'short',
    timeStyle: 'short'
  })
}

/** The damage in sentences: what is wrong with which file, that nothing changed, the newest backup. */
export function describeDatabaseDamage(
  error: DatabaseDamagedError,
  language: Language,
  /** The desktop app offers a Restore button; the CLI names its command instead. */
  options: { restoreButton: boolean }
): { title: string; lines: string[] } {
  const words = databaseDamageWords[language]
  const backup = error.newestBackup
  return {
    title: words.title,
    lines: [
      words.kind[error.damage.kind](error.damage.file),
      words.stopped,
      backup ? words.newest(backup.file, when(backup, language)) : words.noBackup,
      ...(backup ? [options.restoreButton ? words.restoreHint : words.restoreCommand] : [])
    ]
  }
}
