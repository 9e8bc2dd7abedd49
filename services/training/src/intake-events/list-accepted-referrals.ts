import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditLog, type Principal } from '@tandem/platform';
import { TRAINING_DELIVERY } from '../training-access';
import { AcceptedReferralView } from './dto/accepted-referral.view';

/**
 * Referred trainees this node accepted and has not yet enrolled anywhere, oldest first: the
 * provider's list of people to place in a cohort. Each one read is audited.
 */
@Injectable()
export class ListAcceptedReferrals {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
  ) {}

  execute(actor: Principal): Promise<AcceptedReferralView[]> {
    return this.dataSource.transaction(async (manager) => {
      const rows: AcceptedReferralRow[] = await manager.query(`
        SELECT r.referral_id, r.from_municipality, r.accepted_at, r.occupation, r.program, r.given_name, r.family_name, r.progress_sharing
        FROM accepted_referrals r
        WHERE r.ended_at IS NULL
          AND NOT EXISTS (SELECT 1 FROM enrollments e WHERE e.referral_id = r.referral_id AND e.status <> 'dropped')
        ORDER BY r.accepted_at, r.referral_id
        LIMIT 500`);
      for (const row of rows) {
        await this.audit.record(manager, {
          actor,
          action: 'read',
          resourceType: 'accepted-referral',
          resourceId: row.referral_id,
          purpose: TRAINING_DELIVERY,
        });
      }
      return rows.map(toView);
    });
  }
}

interface AcceptedReferralRow {
  referral_id: string;
  from_municipality: string;
  accepted_at: Date;
  occupation: string | null;
  program: string | null;
  given_name: string | null;
  family_name: string | null;
  progress_sharing: boolean;
}

function toView(row: AcceptedReferralRow): AcceptedReferralView {
  return {
    referralId: row.referral_id,
    from: row.from_municipality,
    acceptedAt: row.accepted_at.toISOString(),
    occupation: row.occupation,
    program: row.program,
    givenName: row.given_name,
    familyName: row.family_name,
    progressSharing: row.progress_sharing,
  };
}
