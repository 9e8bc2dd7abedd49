import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { recognition, type VerificationReport } from '../api/recognition';
import { useApi } from '../api/use-api';
import { Field } from '../ui/field';
import { FormAlert } from '../ui/form-alert';
import { type SaveError, useSaveError } from '../ui/form-errors';
import { PageTitle } from '../ui/page-title';
import { VerificationResult } from './verification-result';

/** Anyone checks a credential someone shows them: pasted as text, or from the file the holder gave them. */
export function VerifyPage() {
  const { t } = useTranslation();
  const api = useApi();
  const toSaveError = useSaveError();
  const [credential, setCredential] = useState('');
  const [holderCode, setHolderCode] = useState('');
  const [report, setReport] = useState<VerificationReport>();
  const [error, setError] = useState<SaveError>();
  const [checking, setChecking] = useState(false);

  async function verify(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setChecking(true);
    setReport(undefined);
    try {
      setReport(await recognition.verify(api, credential.trim(), holderCode.trim() || undefined));
      setError(undefined);
    } catch (failure) {
      setError(toSaveError(failure));
    } finally {
      setChecking(false);
    }
  }

  return (
    <>
      <PageTitle text={t('recognition.verify.title')} />
      <p>{t('recognition.verify.intro')}</p>
      <form onSubmit={(event) => void verify(event)} noValidate>
        <FormAlert error={error} />
        <Field label={t('recognition.verify.credential')} name="credential" error={error} hint={t('recognition.verify.credentialHint')}>
          <textarea rows={6} value={credential} onChange={(event) => setCredential(event.target.value)} spellCheck={false} />
        </Field>
        <Field label={t('recognition.verify.file')} name="file">
          <input
            type="file"
            accept=".jwt,.txt,.vc,text/plain"
            onChange={(event) => {
              const file = event.target.files?.[0];
              if (file) void file.text().then((content) => setCredential(content.trim()));
            }}
          />
        </Field>
        <Field label={`${t('recognition.verify.holderCode')} (${t('common.optional')})`} name="holderCode" error={error} hint={t('recognition.verify.holderCodeHint')}>
          <input value={holderCode} onChange={(event) => setHolderCode(event.target.value)} autoComplete="off" />
        </Field>
        <button type="submit" className="primary" disabled={checking || credential.trim() === ''}>
          {t('recognition.verify.submit')}
        </button>
      </form>
      <div aria-live="polite">{report && <VerificationResult report={report} />}</div>
    </>
  );
}
