import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router-dom';
import type { Screen } from './screens';

export function MainNav({ screens }: { screens: readonly Screen[] }) {
  const { t } = useTranslation();
  const listed = screens.filter((screen): screen is Screen & { nav: string } => screen.nav !== undefined);
  if (listed.length === 0) return null;
  return (
    <nav aria-label={t('app.mainNavigation')} className="main-nav">
      <ul>
        {listed.map((screen) => (
          <li key={screen.path}>
            <NavLink to={screen.path}>{t(screen.nav)}</NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
