import type { Screen } from '../navigation/screens';
import { SurveysPage } from './surveys-page';

/** The public page a survey link opens, outside every role's screens: it needs no sign-in. */
export const SURVEY_LINK_PATH = '/survey/:token';

export const SURVEY_SCREENS: readonly Screen[] = [
  { path: '/surveys', element: <SurveysPage />, roles: ['caseworker', 'training_provider', 'admin'], nav: 'survey.nav' },
];
