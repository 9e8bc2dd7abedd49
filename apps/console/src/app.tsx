import type { UserManager } from 'oidc-client-ts';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router-dom';
import { AuthProvider, useAuth } from './auth/auth-context';
import { RequireSession } from './auth/require-session';
import { SignedInPage } from './auth/signed-in-page';
import { CALLBACK_PATH } from './auth/user-manager';
import { ConfigProvider } from './config/config-context';
import type { ConsoleConfig } from './config/console-config';
import { useUserLanguage } from './i18n/user-language';
import { Shell } from './layout/shell';
import { screensFor } from './navigation/screens';
import { SURVEY_LINK_PATH } from './survey/screens';
import { SurveyLinkPage } from './survey/survey-link-page';

export function App({ config, userManager }: { config: ConsoleConfig; userManager: UserManager }) {
  return (
    <ConfigProvider config={config}>
      <AuthProvider userManager={userManager}>
        <BrowserRouter>
          <ConsoleRoutes />
        </BrowserRouter>
      </AuthProvider>
    </ConfigProvider>
  );
}

/** Only the screens of the user's roles exist as routes: another role's address leads home. */
function ConsoleRoutes() {
  const { state } = useAuth();
  const { t } = useTranslation();
  useUserLanguage();
  const screens = state.status === 'signed-in' ? screensFor(state.session.roles) : [];
  const home = screens.find((screen) => screen.nav)?.path;
  return (
    <Shell screens={screens}>
      <Routes>
        <Route path={CALLBACK_PATH} element={<SignedInPage />} />
        {/* The one screen for people without an account: a trainee answers their survey by link. */}
        <Route path={SURVEY_LINK_PATH} element={<SurveyLinkPage />} />
        {screens.map((screen) => (
          <Route key={screen.path} path={screen.path} element={screen.element} />
        ))}
        <Route
          path="*"
          element={
            <RequireSession>{home ? <Navigate to={home} replace /> : <p role="status">{t('app.noScreens')}</p>}</RequireSession>
          }
        />
      </Routes>
    </Shell>
  );
}
