import type { ReactNode } from 'react';
import { type ProgramDetailView, training } from '../api/training';
import { useApi } from '../api/use-api';
import { useResource } from '../api/use-resource';
import { LoadState } from '../ui/load-state';

/** Loads the program a cohort or an enrollment belongs to, for the parts of a screen that name it or its modules. */
export function WithProgram({ programId, children }: { programId: string; children: (program: ProgramDetailView) => ReactNode }) {
  const api = useApi();
  const program = useResource(`program:${programId}`, () => training.program(api, programId));
  return <LoadState resource={program}>{children}</LoadState>;
}
