import { type EntityManager, In } from 'typeorm';
import type { CandidateProfile } from './candidate';
import { CandidateSkillEntity } from './candidate-skill.entity';
import { CandidateEntity } from './candidate.entity';

/**
 * Everyone who may be matched (of `ids` only, when given): candidates without an ongoing placement.
 * Referred trainees without employer-sharing never become candidates, so they are never here.
 */
export async function candidatePool(manager: EntityManager, ids?: string[]): Promise<CandidateProfile[]> {
  const query = manager
    .createQueryBuilder(CandidateEntity, 'candidate')
    .where(`NOT EXISTS (SELECT 1 FROM placements p WHERE p.participant_id = candidate.candidate_id AND p.status = 'active')`);
  if (ids) query.andWhere('candidate.candidate_id IN (:...ids)', { ids });
  const candidates = await query.getMany();
  if (candidates.length === 0) return [];
  const skills = await manager.find(CandidateSkillEntity, { where: { candidateId: In(candidates.map((candidate) => candidate.candidateId)) } });
  return candidates.map(({ candidateId, kind, municipality, languages }) => ({
    id: candidateId,
    kind,
    municipality,
    languages,
    skills: skills
      .filter((skill) => skill.candidateId === candidateId)
      .map(({ skill, source, reference, evidencedOn }) => ({ uri: skill, source, reference, evidencedOn })),
  }));
}
