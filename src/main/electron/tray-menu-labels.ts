import type { Settings } from '../../shared/contract'

/** The tray menu speaks the language chosen in Settings, like the window does. */
export const trayMenuLabels: Record<
  Settings['language'],
  { open: string; syncAll: string; pause: string; resume: string; quit: string; tooltip: string }
> = {
  nl: {
    open: 'Kassabrug openen',
    syncAll: 'Nu alles synchroniseren',
    pause: 'Planning pauzeren',
    resume: 'Planning hervatten',
    quit: 'Afsluiten',
    tooltip: 'Kassabrug'
  },
  en: {
    open: 'Open Kassabrug',
    syncAll: 'Sync all now',
    pause: 'Pause schedule',
    resume: 'Resume schedule',
    quit: 'Quit',
    tooltip: 'Kassabrug'
  },
  fr: {
    open: 'Ouvrir Kassabrug',
    syncAll: 'Tout synchroniser maintenant',
    pause: 'Suspendre la planification',
    resume: 'Reprendre la planification',
    quit: 'Quitter',
    tooltip: 'Kassabrug'
  }
}
