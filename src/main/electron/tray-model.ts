import type { FlowId, SyncStatus } from '../../shared/contract'
import { codeWords } from '../../shared/code-words'
import type { Translate } from '../host-words'

/**
 * One icon per state; `paused` (grey) when the schedule is paused and nothing is wrong or running,
 * and also while Kassabrug is not set up: never the green idle then.
 */
export const trayIcons = ['idle', 'syncing', 'error', 'paused'] as const
export type TrayIcon = (typeof trayIcons)[number]

/** The icon file of a state: macOS wants black template images, the others the coloured disc. */
export function trayIconFile(icon: TrayIcon, platform: NodeJS.Platform): string {
  return platform === 'darwin' ? `tray-${icon}Template.png` : `tray-${icon}.png`
}

export type TrayAction =
  | { type: 'open' }
  | { type: 'sync'; flow: FlowId }
  | { type: 'syncAll' }
  | { type: 'pause' }
  | { type: 'resume' }
  | { type: 'showLogs' }
  | { type: 'startAtLogin'; enabled: boolean }
  | { type: 'quit' }

export type TrayMenuItem =
  | { kind: 'action'; label: string; action: TrayAction; enabled: boolean; checked?: boolean }
  /** A line of text (the last result): shown, not clickable. */
  | { kind: 'status'; label: string }
  | { kind: 'separator' }

export interface TrayModel {
  icon: TrayIcon
  tooltip: string
  menu: TrayMenuItem[]
}

export interface TrayContext {
  t: Translate
  startAtLogin: boolean
  /** Clock time of a run, in the chosen language. */
  formatTime: (epochMs: number) => string
}

/**
 * What the tray shows for a sync status: the icon, the tooltip with the last result, and the
 * menu with a "Sync now" entry for every enabled flow the core reports (not a list kept here).
 */
export function trayModel(status: SyncStatus, context: TrayContext): TrayModel {
  const { t } = context
  const notSetUp = status.state === 'not-set-up'
  const enabled = status.flows.filter((flow) => flow.enabled)
  const icon: TrayIcon =
    status.state === 'error'
      ? 'error'
      : status.state === 'syncing'
        ? 'syncing'
        : status.paused || notSetUp
          ? 'paused'
          : 'idle'
  const last = status.flows
    .flatMap((flow) => (flow.lastRun ? [flow.lastRun] : []))
    .sort((a, b) => b.startedAt - a.startedAt)[0]
  const lastLine = last
    ? t('desktop.lastResult', {
        flow: t(`flows.names.${last.flow}`),
        status: t(`flows.runStatuses.${last.status}`),
        time: context.formatTime(last.finishedAt ?? last.startedAt)
      })
    : t('desktop.noRunYet')
  const stateLine =
    status.paused && !notSetUp ? t('desktop.paused') : t(`flows.states.${status.state}`)
  // What is missing, instead of the last result, while nothing can sync.
  const statusLine = notSetUp ? codeWords(t).notSetUp(status.notSetUp) : lastLine
  const menu: TrayMenuItem[] = [
    { kind: 'status', label: statusLine },
    { kind: 'separator' },
    { kind: 'action', label: t('desktop.open'), action: { type: 'open' }, enabled: true },
    ...enabled.map((flow): TrayMenuItem => ({
      kind: 'action',
      label: t('desktop.syncFlow', { flow: t(`flows.names.${flow.flow}`) }),
      action: { type: 'sync', flow: flow.flow },
      enabled: !notSetUp && !flow.running
    })),
    {
      kind: 'action',
      label: t('desktop.syncAll'),
      action: { type: 'syncAll' },
      enabled: !notSetUp && enabled.some((flow) => !flow.running)
    },
    status.paused
      ? { kind: 'action', label: t('desktop.resume'), action: { type: 'resume' }, enabled: true }
      : { kind: 'action', label: t('desktop.pause'), action: { type: 'pause' }, enabled: true },
    { kind: 'separator' },
    { kind: 'action', label: t('desktop.showLogs'), action: { type: 'showLogs' }, enabled: true },
    {
      kind: 'action',
      label: t('desktop.startAtLogin'),
      action: { type: 'startAtLogin', enabled: !context.startAtLogin },
      enabled: true,
      checked: context.startAtLogin
    },
    { kind: 'separator' },
    { kind: 'action', label: t('desktop.quit'), action: { type: 'quit' }, enabled: true }
  ]
  return { icon, tooltip: `${t('app.name')} – ${stateLine}\n${statusLine}`, menu }
}
