import type { Role } from '../auth/session';
import type { Screen } from '../navigation/screens';
import { RequestPage } from './request-page';
import { RequestsPage } from './requests-page';
import { VerifyPage } from './verify-page';

/** Officers decide requests and review appeals; the service lets no other role do either. */
const OFFICERS: readonly Role[] = ['recognition_officer'];
/** Verifying needs no account at all: every role of the console gets the screen. */
const EVERYONE: readonly Role[] = ['caseworker', 'social_worker', 'training_provider', 'recognition_officer', 'employer', 'integrator', 'auditor', 'admin'];

/** The recognition screens; the navigation lists them in this order. */
export const RECOGNITION_SCREENS: readonly Screen[] = [
  { path: '/recognition/requests', element: <RequestsPage />, roles: OFFICERS, nav: 'recognition.nav.requests' },
  { path: '/recognition/appeals', element: <RequestsPage appeals />, roles: OFFICERS, nav: 'recognition.nav.appeals' },
  { path: '/recognition/requests/:id', element: <RequestPage />, roles: OFFICERS },
  { path: '/verify', element: <VerifyPage />, roles: EVERYONE, nav: 'recognition.nav.verify' },
];
