import type { Role } from '../auth/session';
import type { Screen } from '../navigation/screens';
import { RetentionPage } from './retention-page';
import { ShortlistPage } from './shortlist-page';
import { VacanciesPage } from './vacancies-page';

const EMPLOYERS: readonly Role[] = ['employer'];
/** Job coaches are caseworkers; an admin's to-do list holds every case. */
const CASEWORK: readonly Role[] = ['caseworker', 'admin'];

/** The placement screens; the navigation lists them in this order. */
export const PLACEMENT_SCREENS: readonly Screen[] = [
  { path: '/placement/vacancies', element: <VacanciesPage />, roles: EMPLOYERS, nav: 'placement.nav.vacancies' },
  { path: '/placement/vacancies/:id/shortlist', element: <ShortlistPage />, roles: EMPLOYERS },
  { path: '/placement/retention', element: <RetentionPage />, roles: CASEWORK, nav: 'placement.nav.retention' },
];
