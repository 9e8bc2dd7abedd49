import type { Role } from '../auth/session';
import type { Screen } from '../navigation/screens';
import { EntitlementPage } from './entitlement-page';
import { EntitlementsPage } from './entitlements-page';
import { NewEntitlementPage } from './new-entitlement-page';
import { StatementsPage } from './statements-page';

/** The support service lets social workers alone grant and decide support; an admin's token is refused there. */
const SOCIAL_WORK: readonly Role[] = ['social_worker'];

/** The support screens; the navigation lists them in this order. */
export const SUPPORT_SCREENS: readonly Screen[] = [
  { path: '/support/entitlements', element: <EntitlementsPage />, roles: SOCIAL_WORK, nav: 'support.nav.entitlements' },
  { path: '/support/entitlements/new', element: <NewEntitlementPage />, roles: SOCIAL_WORK },
  { path: '/support/entitlements/:id', element: <EntitlementPage />, roles: SOCIAL_WORK },
  { path: '/support/statements', element: <StatementsPage />, roles: SOCIAL_WORK, nav: 'support.nav.statements' },
];
