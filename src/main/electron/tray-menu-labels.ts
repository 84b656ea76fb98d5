import type { Settings } from '../../shared/contract'

/** The tray menu speaks the language chosen in Settings, like the window does. */
export const trayMenuLabels: Record<
  Settings['language'],
  { open: string; quit: string; tooltip: string }
> = {
  nl: { open: 'Kassabrug openen', quit: 'Afsluiten', tooltip: 'Kassabrug' },
  en: { open: 'Open Kassabrug', quit: 'Quit', tooltip: 'Kassabrug' },
  fr: { open: 'Ouvrir Kassabrug', quit: 'Quitter', tooltip: 'Kassabrug' }
}
