import type { Static } from '@sinclair/typebox';
import type { SharedProfile, ShareableProfileField } from '@tandem/contracts';
import type { ParticipantProfile } from '../participants/participant';

export type SharedProfileData = Static<typeof SharedProfile>;

/** Everything of a participant that could ever be shared; which part is shared is the consent's to say. */
export type ShareableSource = Pick<ParticipantProfile, 'givenName' | 'familyName' | 'dateOfBirth' | 'languages'> &
  Pick<SharedProfileData, 'skills' | 'education' | 'workExperience'>;

/** The minimal profile: exactly the fields allowed, nothing else, so no other detail can slip across. */
export function shareProfile(source: ShareableSource, allowed: readonly ShareableProfileField[]): SharedProfileData {
  const profile: SharedProfileData = {};
  for (const field of new Set(allowed)) {
    const value = source[field];
    if (value !== undefined) Object.assign(profile, { [field]: value });
  }
  return profile;
}
