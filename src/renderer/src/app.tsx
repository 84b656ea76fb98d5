import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { lazy, Suspense, type ComponentType } from 'react'
import { I18nextProvider, useTranslation } from 'react-i18next'
import { createHashRouter, RouterProvider } from 'react-router'
import { AppShell } from './components/app-shell'
import { i18n } from './i18n'

/** A page in its own chunk, loaded when its route is first opened. */
function lazyPage(load: () => Promise<ComponentType>): React.JSX.Element {
  const Page = lazy(async () => ({ default: await load() }))
  return (
    <Suspense fallback={<PageLoading />}>
      <Page />
    </Suspense>
  )
}

function PageLoading(): React.JSX.Element {
  const { t } = useTranslation()
  return <p role="status">{t('common.loading')}</p>
}

// Hash routes work the same under file:// (Electron) and behind `kassabrug serve`.
const router = createHashRouter([
  {
    path: '/',
    element: <AppShell />,
    children: [
      {
        index: true,
        element: lazyPage(async () => (await import('./pages/dashboard-page')).DashboardPage)
      },
      {
        path: 'attention',
        element: lazyPage(async () => (await import('./pages/attention-page')).AttentionPage)
      },
      {
        path: 'activity',
        element: lazyPage(async () => (await import('./pages/activity-page')).ActivityPage)
      },
      {
        path: 'wizard',
        element: lazyPage(async () => (await import('./pages/wizard-page')).WizardPage)
      },
      {
        path: 'setup',
        element: lazyPage(async () => (await import('./pages/setup-page')).SetupPage)
      },
      {
        path: 'mappings',
        element: lazyPage(async () => (await import('./pages/mapping-page')).MappingPage)
      },
      {
        path: 'lookups',
        element: lazyPage(async () => (await import('./pages/lookups-page')).LookupsPage)
      },
      {
        path: 'settings',
        element: lazyPage(async () => (await import('./pages/settings-page')).SettingsPage)
      },
      {
        path: 'about',
        element: lazyPage(async () => (await import('./pages/about-page')).AboutPage)
      }
    ]
  }
])

const queryClient = new QueryClient({
  // The core is local: a failed call is a real answer (not a flaky network), so show it at once.
  defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } }
})

export function App(): React.JSX.Element {
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </I18nextProvider>
  )
}
