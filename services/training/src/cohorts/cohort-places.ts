import type { EntityManager } from 'typeorm';

export interface CohortPlaces {
  capacity: number;
  /** Enrolled or completed trainees: a completed one kept their place to the end. */
  taken: number;
  waitlisted: number;
}

/** Counted from the enrollments table in one statement, so the two counts agree with each other. */
export async function countPlaces(manager: EntityManager, cohort: { id: string; capacity: number }): Promise<CohortPlaces> {
  const [counts]: Array<{ taken: number; waitlisted: number }> = await manager.query(
    `SELECT count(*) FILTER (WHERE status IN ('enrolled', 'completed'))::int AS taken,
            count(*) FILTER (WHERE status = 'waitlisted')::int AS waitlisted
     FROM enrollments WHERE cohort_id = $1`,
    [cohort.id],
  );
  return { capacity: cohort.capacity, ...counts };
}
