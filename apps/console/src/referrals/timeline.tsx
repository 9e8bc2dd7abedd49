import { useTranslation } from 'react-i18next';
import type { TimelineStep } from '../api/intake';
import { useMunicipalityName } from '../config/config-context';
import { useFormat } from '../i18n/use-format';

/** The referral's shared timeline: the same steps, in the same order, on both nodes. */
export function Timeline({ steps }: { steps: TimelineStep[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const municipalityName = useMunicipalityName();
  return (
    <ol className="timeline">
      {steps.map((step, index) => (
        <li key={`${step.step}-${index}`} data-step={step.step} data-by={step.by}>
          <span className="step">{t(`step.${step.step}`, { defaultValue: step.step })}</span>{' '}
          <span className="by">{t('referral.by', { municipality: municipalityName(step.by) })}</span>{' '}
          <time dateTime={step.at}>{format.dateTime(step.at)}</time>
          {step.reason && <span className="reason"> · {t(`reason.${step.reason}`, { defaultValue: step.reason })}</span>}
          {step.comment && <q className="comment">{step.comment}</q>}
        </li>
      ))}
    </ol>
  );
}
