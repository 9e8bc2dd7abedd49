import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditLog, type Clock, CLOCK, type Principal } from '@tandem/platform';
import { Catalog } from '../catalog/catalog';
import { CASE_MANAGEMENT, findParticipantOr404 } from '../participants/participant-access';
import { ParticipantProfileEntity } from './participant-profile.entity';
import {
  checkEducation,
  checkSkills,
  checkWorkExperience,
  type EducationEntry,
  educationEntry,
  type SkillEntry,
  skillEntry,
  type WorkExperienceEntry,
  workExperienceEntry,
} from './profile';

export interface ProfileSections {
  skills: SkillEntry[];
  education: EducationEntry[];
  workExperience: WorkExperienceEntry[];
}
export type ProfileSection = keyof ProfileSections;

/** The name each section carries in audit actions (`read-work-experience`, `replace-skills`, ...). */
const AUDIT_NAME: Record<ProfileSection, string> = {
  skills: 'skills',
  education: 'education',
  workExperience: 'work-experience',
};

/** Stored sections of a participant; empty lists for a participant whose profile was never written. */
export async function loadSections(manager: EntityManager, participantId: string): Promise<ProfileSections> {
  const row = await manager.findOne(ParticipantProfileEntity, { where: { participantId } });
  return { skills: row?.skills ?? [], education: row?.education ?? [], workExperience: row?.workExperience ?? [] };
}

/**
 * Reads and replaces one list of a participant's profile. Every access goes through the case's
 * access check and leaves one audit entry in the same transaction; a list breaking a rule is refused
 * before the transaction opens, so nothing is written.
 */
@Injectable()
export class ProfileRecords {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
    private readonly catalog: Catalog,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  read<S extends ProfileSection>(participantId: string, section: S, actor: Principal): Promise<ProfileSections[S]> {
    return this.dataSource.transaction(async (manager) => {
      await findParticipantOr404(manager, participantId, { lock: false, actor });
      const sections = await loadSections(manager, participantId);
      await this.record(manager, actor, `read-${AUDIT_NAME[section]}`, participantId);
      return sections[section];
    });
  }

  async replace<S extends ProfileSection>(
    participantId: string,
    section: S,
    entries: ProfileSections[S],
    actor: Principal,
  ): Promise<ProfileSections[S]> {
    const now = this.clock();
    const clean = this.checked(section, entries, now) as ProfileSections[S];
    return this.dataSource.transaction(async (manager) => {
      await findParticipantOr404(manager, participantId, { lock: true, actor });
      await manager.upsert(
        ParticipantProfileEntity,
        { participantId, [section]: clean, updatedAt: now, updatedBy: actor.subject },
        ['participantId'],
      );
      await this.record(manager, actor, `replace-${AUDIT_NAME[section]}`, participantId);
      return clean;
    });
  }

  private checked(section: ProfileSection, entries: unknown[], now: Date): unknown[] {
    switch (section) {
      case 'skills':
        checkSkills(entries as SkillEntry[], this.catalog);
        return (entries as SkillEntry[]).map(skillEntry);
      case 'education':
        checkEducation(entries as EducationEntry[], now);
        return (entries as EducationEntry[]).map(educationEntry);
      case 'workExperience':
        checkWorkExperience(entries as WorkExperienceEntry[], this.catalog, now);
        return (entries as WorkExperienceEntry[]).map(workExperienceEntry);
    }
  }

  private record(manager: EntityManager, actor: Principal, action: string, participantId: string): Promise<void> {
    return this.audit.record(manager, {
      actor,
      action,
      resourceType: 'participant',
      resourceId: participantId,
      purpose: CASE_MANAGEMENT,
    });
  }
}
