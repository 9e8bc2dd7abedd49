import type { User } from 'oidc-client-ts';

/** Roles the console knows screens for; the services decide what each role may really do. */
export type Role =
  | 'caseworker'
  | 'social_worker'
  | 'training_provider'
  | 'recognition_officer'
  | 'employer'
  | 'integrator'
  | 'auditor'
  | 'admin';

/** The signed-in person, from the ID token's claims; the access token goes to the services unread. */
export interface Session {
  subject: string;
  name: string;
  municipality: string;
  roles: Role[];
  accessToken: string;
}

export function sessionOf(user: User): Session {
  const { sub, name, preferred_username: username, municipality, roles } = user.profile;
  return {
    subject: sub,
    name: name ?? username ?? sub,
    municipality: typeof municipality === 'string' ? municipality : '',
    roles: Array.isArray(roles) ? (roles.filter((role) => typeof role === 'string') as Role[]) : [],
    accessToken: user.access_token,
  };
}

export function hasAnyRole(session: Session, roles: readonly Role[]): boolean {
  return session.roles.some((role) => roles.includes(role));
}
