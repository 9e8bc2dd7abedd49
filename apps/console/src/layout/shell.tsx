import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../auth/auth-context';
import { useConfig } from '../config/config-context';
import { LanguageSwitch } from '../i18n/language-switch';
import { MainNav } from '../navigation/main-nav';
import type { Screen } from '../navigation/screens';

/** The frame of every screen: skip link, header with the node, navigation for the user's roles, main content. */
export function Shell({ screens, children }: { screens: readonly Screen[]; children: ReactNode }) {
  const { t } = useTranslation();
  const { state, signOut } = useAuth();
  const config = useConfig();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <p className="app-name">
          {t('app.name')} <span className="node-name">{config.displayName}</span>
        </p>
        <LanguageSwitch />
        {state.status === 'signed-in' && (
          <div className="user">
            <span>{t('auth.signedInAs', { name: state.session.name })}</span>
            <button type="button" onClick={() => void signOut()}>
              {t('auth.signOut')}
            </button>
          </div>
        )}
      </header>
      <MainNav screens={screens} />
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
