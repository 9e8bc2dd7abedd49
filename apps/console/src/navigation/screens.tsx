import type { ReactElement } from 'react';
import type { Role } from '../auth/session';
import { CasesPage } from '../cases/cases-page';
import { OUTCOMES_SCREENS } from '../outcomes/screens';
import { ParticipantPage } from '../participants/participant-page';
import { ParticipantsPage } from '../participants/participants-page';
import { RegisterParticipantPage } from '../participants/register-participant-page';
import { PLACEMENT_SCREENS } from '../placement/screens';
import { RECOGNITION_SCREENS } from '../recognition/screens';
import { ReferralPage } from '../referrals/referral-page';
import { ReferralsPage } from '../referrals/referrals-page';
import { SendReferralPage } from '../referrals/send-referral-page';
import { SUPPORT_SCREENS } from '../support/screens';
import { SURVEY_SCREENS } from '../survey/screens';
import { TRAINING_SCREENS } from '../training/screens';

/**
 * Every screen of the console, who may see it, and whether the navigation lists it. A role sees the
 * screens that name it. Each area of the console lists its own screens in `<area>/screens.tsx`.
 */
export interface Screen {
  path: string;
  element: ReactElement;
  roles: readonly Role[];
  /** The navigation label's translation key; screens without one are reached from other screens. */
  nav?: string;
}

const CASEWORK: readonly Role[] = ['caseworker', 'admin'];

export const SCREENS: readonly Screen[] = [
  { path: '/participants', element: <ParticipantsPage />, roles: CASEWORK, nav: 'nav.participants' },
  { path: '/participants/new', element: <RegisterParticipantPage />, roles: CASEWORK },
  { path: '/participants/:id', element: <ParticipantPage />, roles: CASEWORK },
  { path: '/participants/:id/referral', element: <SendReferralPage />, roles: CASEWORK },
  { path: '/cases', element: <CasesPage />, roles: CASEWORK, nav: 'nav.cases' },
  { path: '/referrals/inbox', element: <ReferralsPage direction="inbound" />, roles: CASEWORK, nav: 'nav.inbox' },
  { path: '/referrals/outbox', element: <ReferralsPage direction="outbound" />, roles: CASEWORK, nav: 'nav.outbox' },
  { path: '/referrals/:id', element: <ReferralPage />, roles: CASEWORK },
  ...SUPPORT_SCREENS,
  ...TRAINING_SCREENS,
  ...RECOGNITION_SCREENS,
  ...PLACEMENT_SCREENS,
  ...OUTCOMES_SCREENS,
  ...SURVEY_SCREENS,
];

export function screensFor(roles: readonly Role[]): Screen[] {
  return SCREENS.filter((screen) => screen.roles.some((role) => roles.includes(role)));
}
