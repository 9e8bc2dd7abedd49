import {
  type Case,
  changeStatus,
  InvalidCaseTransitionError,
  InvalidNoteError,
  NOTE_MAX_LENGTH,
  reassign,
  writeNote,
} from './case';

const openedAt = new Date('2026-11-01T09:00:00Z');
const now = new Date('2026-11-22T10:00:00Z');
const openCase: Case = {
  id: '3f6c1b2a-9d4e-4a7b-8c5d-2e1f0a9b8c7d',
  participantId: '9b2e4c1a-7f3d-4e8b-a6c5-1d2f3e4a5b6c',
  assignedCaseworker: 'caseworker-anna',
  status: 'open',
  openedAt,
  closedAt: null,
};

describe('case rules', () => {
  it('closes an open case and records when', () => {
    expect(changeStatus(openCase, 'closed', now)).toEqual({ ...openCase, status: 'closed', closedAt: now });
  });

  it('puts an open case on hold and takes it up again without a closing date', () => {
    const held = changeStatus(openCase, 'on_hold', now);
    expect(held).toMatchObject({ status: 'on_hold', closedAt: null });
    expect(changeStatus(held, 'open', now)).toEqual(openCase);
  });

  it('closes a case that is on hold', () => {
    const held = changeStatus(openCase, 'on_hold', now);
    expect(changeStatus(held, 'closed', now)).toMatchObject({ status: 'closed', closedAt: now });
  });

  it('reopens a closed case and clears its closing date', () => {
    const closed = changeStatus(openCase, 'closed', now);
    expect(changeStatus(closed, 'open', new Date('2026-12-01T00:00:00Z'))).toEqual(openCase);
  });

  it('refuses to put a closed case on hold, naming what is allowed', () => {
    const closed = changeStatus(openCase, 'closed', now);
    expect(() => changeStatus(closed, 'on_hold', now)).toThrow(InvalidCaseTransitionError);
    expect(() => changeStatus(closed, 'on_hold', now)).toThrow('a closed case cannot be set to on_hold; allowed: open');
  });

  it('treats setting the current status as a no-op that keeps the closing date', () => {
    const closed = changeStatus(openCase, 'closed', now);
    expect(changeStatus(closed, 'closed', new Date('2026-12-01T00:00:00Z'))).toBe(closed);
    expect(changeStatus(openCase, 'open', now)).toBe(openCase);
  });

  it('moves a case to another caseworker and keeps everything else', () => {
    expect(reassign(openCase, 'caseworker-bernd')).toEqual({ ...openCase, assignedCaseworker: 'caseworker-bernd' });
  });

  it('records who wrote a note and when', () => {
    const note = writeNote(openCase.id, 'Called about the B1 course.', { id: 'note-1', actor: 'caseworker-anna', now });
    expect(note).toEqual({ id: 'note-1', caseId: openCase.id, author: 'caseworker-anna', body: 'Called about the B1 course.', createdAt: now });
  });

  it('refuses an empty note and one over the limit, counting characters rather than UTF-16 units', () => {
    const context = { id: 'note-1', actor: 'caseworker-anna', now };
    expect(() => writeNote(openCase.id, ' \n\t', context)).toThrow(new InvalidNoteError('body must contain text'));
    expect(() => writeNote(openCase.id, '😀'.repeat(NOTE_MAX_LENGTH), context)).not.toThrow();
    expect(() => writeNote(openCase.id, 'x'.repeat(NOTE_MAX_LENGTH + 1), context)).toThrow(InvalidNoteError);
  });

  it('refuses a note with a NUL character, which the database cannot store', () => {
    expect(() => writeNote(openCase.id, 'a\u0000b', { id: 'note-1', actor: 'caseworker-anna', now })).toThrow(
      new InvalidNoteError('body must not contain NUL characters'),
    );
  });
});
