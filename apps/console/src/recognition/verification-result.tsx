import { useTranslation } from 'react-i18next';
import type { VerificationReport } from '../api/recognition';
import { useMunicipalityName } from '../config/config-context';
import { useFormat } from '../i18n/use-format';
import { verdictOf } from './verdict';

/** The verdict first and plainly, then who issued the credential, what it certifies, and every check made. */
export function VerificationResult({ report }: { report: VerificationReport }) {
  const { t } = useTranslation();
  const format = useFormat();
  const municipalityName = useMunicipalityName();
  const verdict = verdictOf(report, new Date());
  const { issuer, credential, recognisedHere } = report;
  const achievement = credential?.achievement ?? {};
  return (
    <section aria-labelledby="verdict" className="panel">
      <h2 id="verdict" data-verdict={verdict}>
        {t(`recognition.verdict.${verdict}`)}
      </h2>
      <p>{t(`recognition.verdictExplained.${verdict}`)}</p>
      <dl className="facts">
        {issuer && (
          <>
            <dt>{t('recognition.verify.issuer')}</dt>
            <dd data-testid="issuer">{`${issuer.name} (${municipalityName(issuer.municipality)}, ${issuer.country})`}</dd>
          </>
        )}
        {credential && (
          <>
            <dt>{t('recognition.verify.certifies')}</dt>
            <dd data-testid="certifies">{credential.name}</dd>
            {typeof achievement['description'] === 'string' && (
              <>
                <dt>{t('recognition.verify.description')}</dt>
                <dd>{achievement['description']}</dd>
              </>
            )}
            {typeof achievement['humanCode'] === 'string' && (
              <>
                <dt>{t('recognition.verify.code')}</dt>
                <dd>{achievement['humanCode']}</dd>
              </>
            )}
            <dt>{t('recognition.verify.validity')}</dt>
            <dd>
              {credential.validUntil
                ? t('recognition.verify.validBetween', { from: format.date(credential.validFrom), until: format.date(credential.validUntil) })
                : t('recognition.verify.validFrom', { from: format.date(credential.validFrom) })}
            </dd>
          </>
        )}
        {recognisedHere && (
          <>
            <dt>{t('recognition.verify.recognisedHere')}</dt>
            <dd>{t(`recognition.recognisedHere.${recognisedHere.outcome}`, { target: recognisedHere.target?.name ?? '' })}</dd>
          </>
        )}
      </dl>
      <h3>{t('recognition.verify.checks')}</h3>
      <ul>
        {report.checks.map((check) => (
          <li key={check.check} data-check={check.check} data-result={check.result}>
            <strong>{t(`recognition.check.${check.check}`)}:</strong> {t(`recognition.checkResult.${check.result}`)} <span lang="en">({check.detail})</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
