import { codeWords } from '../../shared/code-words'
import type { HealthChange } from '../core/sync/flow-health'
import type { Translate } from '../host-words'

export interface DesktopNotification {
  title: string
  body: string
  /** The page a click opens (hash route of the window). */
  route: '/' | '/attention'
}

/**
 * The notification for a flow that starts failing or recovers. A click opens the page where the
 * shop owner can act: Needs attention for records left for them, else the dashboard with the
 * flow's last run.
 */
export function notificationFor(change: HealthChange, t: Translate): DesktopNotification {
  const flow = t(`flows.names.${change.flow}`)
  if (change.health === 'ok')
    return {
      title: t('desktop.recoveredTitle', { flow }),
      body: t('desktop.recoveredBody'),
      route: '/'
    }
  if (change.problems.length || change.error) {
    const words = codeWords(t)
    const body = change.problems.length
      ? change.problems.map((problem) => words.problem(problem)).join(' ')
      : (change.error ?? '')
    return { title: t('desktop.failingTitle', { flow }), body, route: '/' }
  }
  return {
    title: t('desktop.failingTitle', { flow }),
    body: t('desktop.attentionBody', { count: change.needsAttention }),
    route: '/attention'
  }
}
