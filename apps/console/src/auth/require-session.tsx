import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router-dom';
import { useAuth } from './auth-context';

/** Shows its children to a signed-in user; anyone else gets the sign-in button. */
export function RequireSession({ children }: { children: ReactNode }) {
  const { state, signIn } = useAuth();
  const { t } = useTranslation();
  const location = useLocation();
  if (state.status === 'loading') return <p role="status">{t('common.loading')}</p>;
  if (state.status === 'signed-in') return children;
  return (
    <section className="sign-in" aria-labelledby="sign-in-title">
      <h1 id="sign-in-title">{t('auth.title')}</h1>
      <p>{t('auth.explanation')}</p>
      <button type="button" className="primary" onClick={() => void signIn(location.pathname + location.search)}>
        {t('auth.signIn')}
      </button>
    </section>
  );
}
