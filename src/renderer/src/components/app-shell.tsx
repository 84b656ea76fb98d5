import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { NavLink, Outlet, useLocation, useNavigate } from 'react-router'
import { useSetUp } from '../use-set-up'
import { useCoreEvents } from '../use-core-events'
import { useSettingsLanguage } from '../use-settings-language'

/** Only pages that exist are listed; later releases add their routes here and in app.tsx. */
const navigation = [
  { to: '/', labelKey: 'nav.dashboard' },
  { to: '/attention', labelKey: 'nav.attention' },
  { to: '/activity', labelKey: 'nav.activity' },
  { to: '/wizard', labelKey: 'wizard.nav' },
  { to: '/setup', labelKey: 'nav.setup' },
  { to: '/mappings', labelKey: 'nav.mappings' },
  { to: '/lookups', labelKey: 'nav.lookups' },
  { to: '/settings', labelKey: 'nav.settings' },
  { to: '/about', labelKey: 'nav.about' }
] as const

export function AppShell(): React.JSX.Element {
  const { t } = useTranslation()
  useCoreEvents()
  useSettingsLanguage()
  useFirstStartWizard()
  return (
    <div className="shell">
      <aside className="sidebar">
        <div className="brand">
          <span className="brand-name">{t('app.name')}</span>
          <span className="brand-tagline">{t('app.tagline')}</span>
        </div>
        <nav aria-label={t('app.mainNavigation')}>
          <ul>
            {navigation.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} end>
                  {t(item.labelKey)}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </aside>
      <main className="content">
        <Outlet />
      </main>
    </div>
  )
}

/** An install that is not set up opens the wizard instead of the dashboard, once per start. */
function useFirstStartWizard(): void {
  const setUp = useSetUp()
  const location = useLocation()
  const navigate = useNavigate()
  const decided = useRef(false)
  useEffect(() => {
    if (decided.current || setUp === undefined) return
    decided.current = true
    if (!setUp && location.pathname === '/') void navigate('/wizard', { replace: true })
  }, [setUp, location.pathname, navigate])
}
