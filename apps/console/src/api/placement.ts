import type { Api } from './api-client';

export const WAGE_PERIODS = ['hour', 'month', 'year'] as const;
export type WagePeriod = (typeof WAGE_PERIODS)[number];

export interface VacancyView {
  id: string;
  employerId: string;
  siteId: string;
  title: string;
  occupation: string;
  requiredSkills: string[];
  languages: Array<{ code: string; level: string }>;
  wageMinMinor: number;
  wageMaxMinor: number;
  currency: string;
  wagePeriod: WagePeriod;
  hoursPerWeek: number;
  type: string;
  openings: number;
  status: 'open' | 'filled' | 'closed';
  createdAt: string;
}

export interface ComponentScore {
  component: 'skills' | 'language' | 'distance';
  weight: number;
  value: number;
  /** Readable sentences from the service; the first sums the component up. */
  reasons: string[];
}

/** A shortlisted candidate as the employer sees them: a pseudonym and why they fit, a name only once released. */
export interface ShortlistEntryView {
  id: string;
  pseudonym: string;
  score: number;
  explanation: ComponentScore[];
  shortlistedAt: string;
  identity: { displayName: string; contact: string } | null;
}

export interface DueCheckpointView {
  placementId: string;
  participantId: string;
  type: string;
  startedOn: string;
  days: number;
  dueOn: string;
}

export interface WageInput {
  amountMinor: number;
  currency: string;
  period: WagePeriod;
}

/** A checkpoint's answer: a wage when still employed, none otherwise. */
export interface RetentionInput {
  recordedOn: string;
  stillEmployed: boolean;
  wage?: WageInput;
}

export const placement = {
  myVacancies: (api: Api) => api.get<VacancyView[]>('placement', '/vacancies?mine=true'),
  vacancy: (api: Api, id: string) => api.get<VacancyView>('placement', `/vacancies/${id}`),
  shortlist: (api: Api, vacancyId: string) => api.get<ShortlistEntryView[]>('placement', `/vacancies/${vacancyId}/shortlist`),
  dueCheckpoints: (api: Api) => api.get<DueCheckpointView[]>('placement', '/retention-checkpoints/due'),
  recordRetention: (api: Api, checkpoint: DueCheckpointView, input: RetentionInput) =>
    api.send<unknown>('POST', 'placement', `/placements/${checkpoint.placementId}/retention/${checkpoint.days}`, input),
};
