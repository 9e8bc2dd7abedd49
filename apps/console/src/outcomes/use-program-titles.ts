import { useMemo } from 'react';
import { training } from '../api/training';
import { useApi } from '../api/use-api';
import { useResource } from '../api/use-resource';
import { useLocalText } from '../training/local-text';

/** The titles of this node's programs, so the program breakdown names them; a partner's programs keep their ids. */
export function useProgramTitles(): ReadonlyMap<string, string> {
  const api = useApi();
  const localText = useLocalText();
  const programs = useResource('programs:all', () => training.allPrograms(api));
  return useMemo(() => new Map((programs.data ?? []).map((program) => [program.id, localText(program.title)])), [programs.data, localText]);
}
