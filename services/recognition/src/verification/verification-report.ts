import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { RuleConditions, RuleTarget } from '../agreements/agreement';

export const CHECKS = ['format', 'issuer', 'signature', 'validity', 'revocation', 'suspension', 'holder'] as const;
export type CheckName = (typeof CHECKS)[number];
export type CheckResult = 'passed' | 'failed' | 'unknown';

export class CheckView {
  @ApiProperty({ enum: CHECKS }) check!: CheckName;
  @ApiProperty({ enum: ['passed', 'failed', 'unknown'] }) result!: CheckResult;
  @ApiProperty() detail!: string;
}

export class VerifiedIssuerView {
  @ApiProperty() id!: string;
  @ApiProperty() municipality!: string;
  @ApiProperty() name!: string;
  @ApiProperty() country!: string;
}

export class VerifiedCredentialView {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: Object, description: 'The OB 3.0 Achievement: what the credential attests' }) achievement!: Record<string, unknown>;
  @ApiProperty() validFrom!: string;
  @ApiPropertyOptional() validUntil?: string;
}

export class RecognisedHereView {
  @ApiProperty({ description: 'The verifying node' }) municipality!: string;
  @ApiProperty() country!: string;
  @ApiProperty({ enum: ['full', 'conditional', 'none'], description: '`none`: no agreement in force here covers it; an officer can decide on a recognition request' })
  outcome!: 'full' | 'conditional' | 'none';
  @ApiPropertyOptional({ description: 'The agreement version and rule that decide it' }) agreement?: { id: string; agreementKey: string; version: number; rule: number };
  @ApiPropertyOptional({ type: Object }) target?: RuleTarget;
  @ApiPropertyOptional({ type: Object }) conditions?: RuleConditions;
}

/** `valid` only when every check passed; `indeterminate` when none failed but one could not be made. */
export class VerificationReport {
  @ApiProperty({ enum: ['valid', 'invalid', 'indeterminate'] }) verdict!: 'valid' | 'invalid' | 'indeterminate';
  @ApiProperty({ type: [CheckView] }) checks!: CheckView[];
  @ApiPropertyOptional({ type: VerifiedIssuerView }) issuer?: VerifiedIssuerView;
  @ApiPropertyOptional({ type: VerifiedCredentialView }) credential?: VerifiedCredentialView;
  @ApiPropertyOptional({ type: RecognisedHereView, description: 'For a valid credential: what it counts as at the verifying node' }) recognisedHere?: RecognisedHereView;

  static of(checks: CheckView[], issuer?: VerifiedIssuerView, credential?: VerifiedCredentialView): VerificationReport {
    const verdict = checks.some((check) => check.result === 'failed') ? 'invalid' : checks.some((check) => check.result === 'unknown') ? 'indeterminate' : 'valid';
    return Object.assign(new VerificationReport(), { verdict, checks, ...(issuer ? { issuer } : {}), ...(credential ? { credential } : {}) });
  }
}
