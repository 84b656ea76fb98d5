import type { Settings } from '../../shared/contract'

/** The tray menu speaks the language chosen in Settings, like the window does. */
export const trayMenuLabels: Record<
  Settings['language'],
  { open: string; syncAll: string; quit: string; tooltip: string }
> = {
  nl: {
    open: 'Kassabrug openen',
    syncAll: 'Nu alles synchroniseren',
    quit: 'Afsluiten',
    tooltip: 'Kassabrug'
  },
  en: { open: 'Open Kassabrug', syncAll: 'Sync all now', quit: 'Quit', tooltip: 'Kassabrug' },
  fr: {
    open: 'Ouvrir Kassabrug',
    syncAll: 'Tout synchroniser maintenant',
    quit: 'Quitter',
    tooltip: 'Kassabrug'
  }
}
