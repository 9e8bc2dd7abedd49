import type { EntityManager } from 'typeorm';
import type { AssessmentMethod, Multilingual } from './catalog-types';

/** A module as a program takes it: where in the order, and whether completing the program needs it. */
export interface ProgramModule {
  moduleId: string;
  code: string;
  title: Multilingual;
  hours: number;
  assessmentMethod: AssessmentMethod;
  required: boolean;
  /** 1-based, in the order the provider listed the modules. */
  position: number;
}

interface ProgramModuleRow {
  module_id: string;
  code: string;
  title: Multilingual;
  hours: number;
  assessment_method: AssessmentMethod;
  required: boolean;
  position: number;
}

/** The program's modules in order; empty for an unknown program. */
export async function loadProgramModules(manager: EntityManager, programId: string): Promise<ProgramModule[]> {
  const rows: ProgramModuleRow[] = await manager.query(
    `SELECT pm.module_id, m.code, m.title, m.hours, m.assessment_method, pm.required, pm.position
     FROM program_modules pm JOIN modules m ON m.id = pm.module_id
     WHERE pm.program_id = $1 ORDER BY pm.position`,
    [programId],
  );
  return rows.map((row) => ({
    moduleId: row.module_id,
    code: row.code,
    title: row.title,
    hours: row.hours,
    assessmentMethod: row.assessment_method,
    required: row.required,
    position: row.position,
  }));
}
