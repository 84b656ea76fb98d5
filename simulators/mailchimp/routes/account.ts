import { selfLinks } from '../links'
import type { Router } from '../router'

export function registerAccountRoutes(router: Router): void {
  router.add('GET', '/ping', () => ({ body: { health_status: "Everything's Chimpy!" } }))
  router.add('GET', '/', ({ sim }) => {
    let totalSubscribers = 0
    for (const members of sim.state.members.values())
      for (const member of members.values()) if (member.status === 'subscribed') totalSubscribers++
    return {
      body: {
        ...sim.state.account,
        total_subscribers: totalSubscribers,
        _links: selfLinks(sim, '/')
      }
    }
  })
}
