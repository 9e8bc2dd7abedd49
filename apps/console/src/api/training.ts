import type { Api } from './api-client';
import type { Page } from './intake';

/** A text per ISO 639 language code, as the catalog keeps titles. */
export type Multilingual = Record<string, string>;

export const PROGRAM_STATUSES = ['draft', 'open', 'closed'] as const;
export type ProgramStatus = (typeof PROGRAM_STATUSES)[number];
export const SCHEDULE_PATTERNS = ['daytime', 'evening', 'weekend', 'evening-and-weekend'] as const;
export const FUNDING_KINDS = ['public', 'donor', 'private-sponsor'] as const;
export const ASSESSMENT_METHODS = ['practical', 'written', 'oral', 'portfolio'] as const;
export const ASSESSMENT_RESULTS = ['passed', 'failed'] as const;
export const ATTENDANCE_STATUSES = ['present', 'absent', 'excused'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];
export const DROP_REASONS = [
  'found-employment',
  'moved-away',
  'family-obligations',
  'schedule-conflict',
  'program-unsuitable',
  'personal-reasons',
  'no-show',
  'other',
] as const;

/** A program moves draft → open | closed, open → closed; the service refuses anything else. */
export const NEXT_STATUSES: Record<ProgramStatus, ProgramStatus[]> = { draft: ['open', 'closed'], open: ['closed'], closed: [] };

export interface ProgramInput {
  title: Multilingual;
  occupation: string;
  eqfLevel: number;
  languages: string[];
  location: string;
  schedule: { pattern: string; description: string };
  capacity: number;
  funding: Array<{ kind: string; name: string }>;
  provider: string;
  attendanceThreshold: number;
}

export interface ProgramView extends ProgramInput {
  id: string;
  status: ProgramStatus;
  createdAt: string;
}

export interface ProgramModuleView {
  moduleId: string;
  code: string;
  title: Multilingual;
  hours: number;
  assessmentMethod: string;
  required: boolean;
  position: number;
}

export interface ProgramDetailView extends ProgramView {
  modules: ProgramModuleView[];
}

export interface ModuleInput {
  code: string;
  title: Multilingual;
  hours: number;
  assessmentMethod: string;
  learningOutcomes: Array<{ description: string; skills: string[] }>;
}

export interface ModuleView extends ModuleInput {
  id: string;
}

export interface CohortInput {
  name: string;
  startsOn: string;
  endsOn: string;
  capacity?: number;
  trainers: string[];
  mentors: string[];
}

export interface CohortView extends Required<CohortInput> {
  id: string;
  programId: string;
}

export interface CohortDetailView extends CohortView {
  places: { capacity: number; taken: number; waitlisted: number };
}

export interface SessionInput {
  date: string;
  startsAt: string;
  endsAt: string;
  room: string;
  moduleId?: string;
}

export interface SessionView extends Omit<SessionInput, 'moduleId'> {
  id: string;
  cohortId: string;
  moduleId: string | null;
}

export interface EnrollmentView {
  id: string;
  cohortId: string;
  trainee: { participantId?: string; referralId?: string; homeMunicipality: string; displayName: string | null };
  status: 'waitlisted' | 'enrolled' | 'completed' | 'dropped';
  mentor: string | null;
  requestedAt: string;
  enrolledAt: string | null;
  completedOn: string | null;
  droppedAt: string | null;
  dropReason: string | null;
}

export interface AttendanceTally {
  present: number;
  absent: number;
  excused: number;
  rate: number | null;
}

export interface EnrollmentProgressView extends EnrollmentView {
  modulesCompleted: Array<{ moduleId: string; code: string; completedOn: string }>;
  modulesRequired: number;
  attendance: AttendanceTally;
}

/** A trainee named by a referral this node accepted, or a participant registered on this node. */
export type EnrollInput = { referralId: string } | { participantId: string; displayName: string };

export interface AcceptedReferralView {
  referralId: string;
  from: string;
  acceptedAt: string;
  program: string | null;
  givenName: string | null;
  familyName: string | null;
}

export interface RegisterRow {
  enrollmentId: string;
  displayName: string | null;
  status: AttendanceStatus;
  recordedAt: string;
}

export interface AssessmentInput {
  moduleId: string;
  result: string;
  score?: number;
  assessor: string;
  assessedOn: string;
}

export interface AssessmentView extends Omit<AssessmentInput, 'score'> {
  id: string;
  score: number | null;
  method: string;
  recordedAt: string;
}

const PAGE_SIZE = 20;

export const training = {
  /** The service lists every program at once, newest first; the console shows them a page at a time. */
  allPrograms: (api: Api, status?: ProgramStatus) => api.get<ProgramView[]>('training', `/programs${status ? `?status=${status}` : ''}`),
  programs: async (api: Api, page: number, status?: ProgramStatus): Promise<Page<ProgramView>> => pageOf(await training.allPrograms(api, status), page),
  program: (api: Api, id: string) => api.get<ProgramDetailView>('training', `/programs/${id}`),
  createProgram: (api: Api, input: ProgramInput) => api.send<ProgramView>('POST', 'training', '/programs', input),
  changeProgramStatus: (api: Api, id: string, status: ProgramStatus) => api.send<ProgramView>('POST', 'training', `/programs/${id}/status`, { status }),
  setProgramModules: (api: Api, id: string, modules: Array<{ moduleId: string; required: boolean }>) =>
    api.send<ProgramDetailView>('PUT', 'training', `/programs/${id}/modules`, modules),
  modules: (api: Api) => api.get<ModuleView[]>('training', '/modules'),
  createModule: (api: Api, input: ModuleInput) => api.send<ModuleView>('POST', 'training', '/modules', input),
  cohortsOf: (api: Api, programId: string) => api.get<CohortView[]>('training', `/programs/${programId}/cohorts`),
  createCohort: (api: Api, programId: string, input: CohortInput) => api.send<CohortView>('POST', 'training', `/programs/${programId}/cohorts`, input),
  cohort: (api: Api, id: string) => api.get<CohortDetailView>('training', `/cohorts/${id}`),
  roster: (api: Api, cohortId: string) => api.get<EnrollmentView[]>('training', `/cohorts/${cohortId}/enrollments`),
  enroll: (api: Api, cohortId: string, input: EnrollInput) => api.send<EnrollmentView>('POST', 'training', `/cohorts/${cohortId}/enrollments`, input),
  sessions: (api: Api, cohortId: string) => api.get<SessionView[]>('training', `/cohorts/${cohortId}/sessions`),
  addSession: (api: Api, cohortId: string, input: SessionInput) => api.send<SessionView>('POST', 'training', `/cohorts/${cohortId}/sessions`, input),
  acceptedReferrals: (api: Api) => api.get<AcceptedReferralView[]>('training', '/accepted-referrals'),
  attendance: (api: Api, sessionId: string) => api.get<RegisterRow[]>('training', `/sessions/${sessionId}/attendance`),
  recordAttendance: (api: Api, sessionId: string, records: Array<{ enrollmentId: string; status: AttendanceStatus }>) =>
    api.send<RegisterRow[]>('PUT', 'training', `/sessions/${sessionId}/attendance`, { records }),
  enrollment: (api: Api, id: string) => api.get<EnrollmentProgressView>('training', `/enrollments/${id}`),
  drop: (api: Api, id: string, reason: string) => api.send<EnrollmentView>('POST', 'training', `/enrollments/${id}/drop`, { reason }),
  assessments: (api: Api, enrollmentId: string) => api.get<AssessmentView[]>('training', `/enrollments/${enrollmentId}/assessments`),
  recordAssessment: (api: Api, enrollmentId: string, input: AssessmentInput) =>
    api.send<AssessmentView>('POST', 'training', `/enrollments/${enrollmentId}/assessments`, input),
};

function pageOf<Item>(items: Item[], page: number): Page<Item> {
  return { items: items.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE), page, pageSize: PAGE_SIZE, total: items.length };
}
