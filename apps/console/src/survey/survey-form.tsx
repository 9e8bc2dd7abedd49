import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SCALE, type Scores, type SurveyAnswer, type SurveyQuestion } from '../api/survey';
import { useFormat } from '../i18n/use-format';
import { FormAlert } from '../ui/form-alert';
import { type SaveError, useSaveError } from '../ui/form-errors';
import './survey.css';

/** The survey's questions as big 1–5 choices; sends once every question has an answer, in the language shown. */
export function SurveyForm({ questions, onSend }: { questions: readonly SurveyQuestion[]; onSend(answer: SurveyAnswer): Promise<void> }) {
  const { t, i18n } = useTranslation();
  const saveError = useSaveError();
  const [scores, setScores] = useState<Partial<Scores>>({});
  const [error, setError] = useState<SaveError>();
  const [sending, setSending] = useState(false);

  async function send(event: FormEvent) {
    event.preventDefault();
    const missing = questions.filter((question) => scores[question] === undefined);
    if (missing.length > 0) {
      setError({ message: t('survey.form.missing'), fields: Object.fromEntries(missing.map((question) => [question, [t('survey.form.choose')]])) });
      return;
    }
    setSending(true);
    setError(undefined);
    try {
      await onSend({ scores: scores as Scores, language: i18n.language });
    } catch (failure) {
      setError(saveError(failure));
    } finally {
      setSending(false);
    }
  }

  return (
    <form className="survey-form" noValidate onSubmit={(event) => void send(event)}>
      {questions.map((question) => (
        <ScaleChoice
          key={question}
          question={question}
          value={scores[question]}
          error={error?.fields[question]}
          onChoose={(score) => setScores((current) => ({ ...current, [question]: score }))}
        />
      ))}
      <FormAlert error={error} />
      <button type="submit" className="primary" disabled={sending}>
        {t('survey.form.send')}
      </button>
    </form>
  );
}

interface ScaleChoiceProps {
  question: SurveyQuestion;
  value?: number;
  error?: string[];
  onChoose(score: number): void;
}

/** One question: a radio group, so arrow keys move between the five answers. */
function ScaleChoice({ question, value, error, onChoose }: ScaleChoiceProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  return (
    <fieldset aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{t(`survey.questions.${question}`)}</legend>
      <div className="scale-choices">
        {SCALE.map((score) => (
          <label key={score} className="scale-choice">
            <input type="radio" name={`${id}-${question}`} value={score} checked={value === score} onChange={() => onChoose(score)} />
            <span className="scale-number" aria-hidden="true">
              {format.number(score)}
            </span>
            <span>{t(`survey.scale.${score}`)}</span>
          </label>
        ))}
      </div>
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error.join(' ')}
        </p>
      )}
    </fieldset>
  );
}
