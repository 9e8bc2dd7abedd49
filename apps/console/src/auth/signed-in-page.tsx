import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useAuth } from './auth-context';
import { sessionOf } from './session';

/** The OIDC redirect target: exchanges the code (once, though effects may run twice) and returns to where sign-in began. */
export function SignedInPage() {
  const { userManager, signedIn } = useAuth();
  const navigate = useNavigate();
  const { t } = useTranslation();
  const exchanged = useRef(false);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    if (exchanged.current) return;
    exchanged.current = true;
    userManager.signinRedirectCallback().then(
      (user) => {
        signedIn(sessionOf(user));
        const { returnTo } = (user.state ?? {}) as { returnTo?: string };
        navigate(returnTo?.startsWith('/') ? returnTo : '/', { replace: true });
      },
      () => setFailed(true),
    );
  }, [userManager, signedIn, navigate]);

  return <p role="status">{failed ? t('auth.callbackFailed') : t('auth.signingIn')}</p>;
}
