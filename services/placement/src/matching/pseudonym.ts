import { randomInt } from 'node:crypto';

/** No 0/O or 1/I, so a pseudonym read out on the phone is not misheard. */
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** `C-` and six random characters, none of `taken`: it says nothing of the person, not even their rank. */
export function newPseudonym(taken: ReadonlySet<string>): string {
  for (;;) {
    const pseudonym = `C-${Array.from({ length: 6 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('')}`;
    if (!taken.has(pseudonym)) return pseudonym;
  }
}
