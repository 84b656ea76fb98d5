import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { I18nextProvider } from 'react-i18next'
import { createHashRouter, RouterProvider } from 'react-router'
import { AppShell } from './components/app-shell'
import { i18n } from './i18n'
import { ActivityPage } from './pages/activity-page'
import { AttentionPage } from './pages/attention-page'
import { DashboardPage } from './pages/dashboard-page'
import { MappingPage } from './pages/mapping-page'
import { SettingsPage } from './pages/settings-page'
import { SetupPage } from './pages/setup-page'
import { WizardPage } from './pages/wizard-page'

// Hash routes work the same under file:// (Electron) and behind `kassabrug serve`.
const router = createHashRouter([
  {
    path: '/',
    element: <AppShell />,
    children: [
      { index: true, element: <DashboardPage /> },
      { path: 'attention', element: <AttentionPage /> },
      { path: 'activity', element: <ActivityPage /> },
      { path: 'wizard', element: <WizardPage /> },
      { path: 'setup', element: <SetupPage /> },
      { path: 'mappings', element: <MappingPage /> },
      { path: 'settings', element: <SettingsPage /> }
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
