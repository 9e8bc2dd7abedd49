import type { Presented } from '../agreements/agreement';
import type { VerificationReport } from '../verification/verification-report';
import type { ForeignQualificationDto } from './dto/recognition-request.dto';

type Alignment = { targetFramework?: unknown; targetUrl?: unknown; targetCode?: unknown };

/** A verified credential as the rules compare it: its issuer, its definition's code, its EQF level and occupations. */
export function presentedCredential(report: VerificationReport): Presented | undefined {
  const { issuer, credential } = report;
  if (report.verdict !== 'valid' || !issuer || !credential) return undefined;
  const achievement = credential.achievement as { humanCode?: unknown; alignment?: Alignment[] };
  if (typeof achievement.humanCode !== 'string') return undefined;
  const alignments = Array.isArray(achievement.alignment) ? achievement.alignment : [];
  const eqf = alignments.find((alignment) => alignment.targetFramework === 'EQF');
  const eqfLevel = Number(String(eqf?.targetUrl ?? '').split('/').pop());
  return {
    kind: 'credential',
    credentialId: credential.id,
    issuerMunicipality: issuer.municipality,
    country: issuer.country,
    code: achievement.humanCode,
    ...(Number.isInteger(eqfLevel) && eqfLevel >= 1 && eqfLevel <= 8 ? { eqfLevel } : {}),
    occupations: alignments.filter((alignment) => alignment.targetFramework === 'ISCO-08').map((alignment) => String(alignment.targetCode)),
  };
}

export function presentedQualification(qualification: ForeignQualificationDto): Presented {
  const { country, code, name, eqfLevel, occupation } = qualification;
  return { kind: 'qualification', country, name, ...(code ? { code } : {}), ...(eqfLevel ? { eqfLevel } : {}), occupations: occupation ? [occupation] : [] };
}
