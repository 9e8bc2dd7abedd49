import { Outcomes1763770100001 } from './1763770100001-outcomes';
import { SurveyAnswers1765000000001 } from './1765000000001-survey-answers';
import { PartnerFigures1765000000002 } from './1765000000002-partner-figures';

/** The read model's schema, oldest first: the service runs them at start, the replay benchmark on its own database. */
export const OUTCOMES_MIGRATIONS = [Outcomes1763770100001, SurveyAnswers1765000000001, PartnerFigures1765000000002];
