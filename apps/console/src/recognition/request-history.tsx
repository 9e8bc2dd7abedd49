import { useTranslation } from 'react-i18next';
import type { RecognitionRequestView } from '../api/recognition';
import { useFormat } from '../i18n/use-format';

interface Step {
  step: 'requested' | 'decided' | 'appealed' | 'reviewed';
  at: string;
  by?: string;
  outcome?: string;
  text?: string;
  measures?: string[];
}

/** The request's history from what the service keeps of it: filed, decided, appealed, the appeal reviewed. */
function stepsOf({ requestedOn, decision, appeal }: RecognitionRequestView): Step[] {
  const steps: Step[] = [{ step: 'requested', at: requestedOn }];
  if (decision) {
    const { decidedAt: at, decidedBy: by, outcome, reasons: text, compensationMeasures: measures } = decision;
    steps.push({ step: 'decided', at, by, outcome, text, measures });
  }
  if (appeal) steps.push({ step: 'appealed', at: appeal.appealedAt, by: appeal.appealedBy, text: appeal.grounds });
  if (appeal?.decidedAt) steps.push({ step: 'reviewed', at: appeal.decidedAt, by: appeal.decidedBy, outcome: appeal.appealOutcome, text: appeal.reasons });
  return steps;
}

export function RequestHistory({ request }: { request: RecognitionRequestView }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <ol className="timeline">
      {stepsOf(request).map((step) => (
        <li key={step.step} data-step={step.step}>
          <span className="step">{t(`recognition.step.${step.step}`)}</span>{' '}
          {step.outcome && <span>{t(step.step === 'reviewed' ? `recognition.appealOutcome.${step.outcome}` : `recognition.outcome.${step.outcome}`)} </span>}
          {step.by ? <span className="by">{t('recognition.request.by', { subject: step.by })} </span> : step.step === 'decided' && <span className="by">{t('recognition.request.byAgreement')} </span>}
          <time dateTime={step.at}>{step.step === 'requested' ? format.date(step.at) : format.dateTime(step.at)}</time>
          {step.text && <q className="comment">{step.text}</q>}
          {step.measures && step.measures.length > 0 && (
            <ul aria-label={t('recognition.decide.measures')}>
              {step.measures.map((measure) => (
                <li key={measure}>{measure}</li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}
