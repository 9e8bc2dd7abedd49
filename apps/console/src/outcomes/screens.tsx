import type { Role } from '../auth/session';
import type { Screen } from '../navigation/screens';
import { FiguresPage } from './figures-page';
import { RegionalPage } from './regional-page';

/** Aggregates only: who reports on the node (auditors) and who runs it (admins), as the outcomes service allows. */
const REPORTERS: readonly Role[] = ['auditor', 'admin'];

/** The outcomes screens; the navigation lists them in this order. */
export const OUTCOMES_SCREENS: readonly Screen[] = [
  { path: '/figures', element: <FiguresPage />, roles: REPORTERS, nav: 'outcomes.nav.figures' },
  { path: '/regional-figures', element: <RegionalPage />, roles: REPORTERS, nav: 'outcomes.nav.region' },
];
