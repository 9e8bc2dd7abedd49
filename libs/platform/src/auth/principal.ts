/** Roles a Tandem node understands; the token's `roles` claim is matched against these. */
export const ROLES = [
  'caseworker',
  'social_worker',
  'training_provider',
  'recognition_officer',
  'employer',
  'integrator',
  'auditor',
  'admin',
] as const;

export type Role = (typeof ROLES)[number];

/** The authenticated caller of a request, as established from a verified token. */
export interface Principal {
  subject: string;
  municipality: string;
  roles: Role[];
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
