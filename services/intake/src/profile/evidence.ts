import { createHash } from 'node:crypto';

export const EVIDENCE_KINDS = ['certificate', 'diploma', 'reference', 'portfolio', 'other'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

export const EVIDENCE_MEDIA_TYPES = ['application/pdf', 'image/png', 'image/jpeg'] as const;
export type EvidenceMediaType = (typeof EVIDENCE_MEDIA_TYPES)[number];

export const MAX_EVIDENCE_BYTES = 5 * 1024 * 1024;

const SIGNATURES: ReadonlyArray<{ type: EvidenceMediaType; bytes: number[] }> = [
  { type: 'application/pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { type: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { type: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
];

/**
 * The media type the bytes themselves show, or null. The client's declared type is not trusted:
 * the type stored is the one served back, and a browser must not be told a script is a picture.
 */
export function sniffMediaType(content: Uint8Array): EvidenceMediaType | null {
  const match = SIGNATURES.find(({ bytes }) => bytes.every((byte, i) => content[i] === byte));
  return match?.type ?? null;
}

export function sha256Hex(content: Uint8Array): string {
  return createHash('sha256').update(content).digest('hex');
}

export const FILE_EXTENSIONS: Record<EvidenceMediaType, string> = {
  'application/pdf': 'pdf',
  'image/png': 'png',
  'image/jpeg': 'jpg',
};

export class UnsupportedEvidenceTypeError extends Error {
  override readonly name = 'UnsupportedEvidenceTypeError';
  constructor() {
    super(`evidence must be one of ${EVIDENCE_MEDIA_TYPES.join(', ')}`);
  }
}

export class IssuedInFutureError extends Error {
  override readonly name = 'IssuedInFutureError';
  constructor() {
    super('issuedOn lies in the future');
  }
}

export function checkIssuedOn(issuedOn: string | undefined, now: Date): void {
  if (issuedOn !== undefined && issuedOn > now.toISOString().slice(0, 10)) throw new IssuedInFutureError();
}
