import { useEffect } from 'react';
import { useAuth } from '../auth/auth-context';
import { applyLanguage, storedLanguage } from './i18n';

/** Once someone signs in, the console speaks the language they chose last time. */
export function useUserLanguage(): void {
  const { state } = useAuth();
  const subject = state.status === 'signed-in' ? state.session.subject : undefined;
  useEffect(() => {
    const language = subject ? storedLanguage(subject) : undefined;
    if (language) void applyLanguage(language);
  }, [subject]);
}
