import type { Role } from '../auth/session';
import type { Screen } from '../navigation/screens';
import { AttendancePage } from './attendance-page';
import { CohortPage } from './cohort-page';
import { EnrollmentPage } from './enrollment-page';
import { NewProgramPage } from './new-program-page';
import { ProgramPage } from './program-page';
import { ProgramsPage } from './programs-page';

/** Who runs the node's programs, as the training service decides. */
const PROVIDERS: readonly Role[] = ['training_provider', 'admin'];

/** The training screens; the navigation lists them in this order. */
export const TRAINING_SCREENS: readonly Screen[] = [
  { path: '/training/programs', element: <ProgramsPage />, roles: PROVIDERS, nav: 'training.nav.programs' },
  { path: '/training/programs/new', element: <NewProgramPage />, roles: PROVIDERS },
  { path: '/training/programs/:id', element: <ProgramPage />, roles: PROVIDERS },
  { path: '/training/cohorts/:id', element: <CohortPage />, roles: PROVIDERS },
  { path: '/training/cohorts/:cohortId/sessions/:sessionId', element: <AttendancePage />, roles: PROVIDERS },
  { path: '/training/enrollments/:id', element: <EnrollmentPage />, roles: PROVIDERS },
];
