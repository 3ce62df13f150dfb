import { describe, expect, it } from 'vitest';
import { publishDecision } from './publishDecision';

const latest = { version: 2, hash: 'old' };

describe('publishDecision', () => {
  it('keeps the first version without a note, and refuses a note there', () => {
    expect(publishDecision('a', { now: 'h', latest: null }, {})).toEqual({
      kind: 'keep',
      note: null,
      minor: false,
      first: true,
    });
    expect(publishDecision('a', { now: 'h', latest: null }, { note: 'تصحيح' })).toMatchObject({ kind: 'refuse' });
  });

  it('keeps nothing when nothing changed', () => {
    expect(publishDecision('a', { now: 'old', latest }, { note: 'تصحيح' })).toEqual({ kind: 'unchanged', version: 2 });
  });

  it('refuses a changed article without a note or --minor, saying which', () => {
    const decision = publishDecision('a', { now: 'new', latest }, {});
    expect(decision).toEqual({
      kind: 'refuse',
      message:
        'a changed since version 2, and readers must be told: say what changed with --note "…" (Arabic; --note-en "…" for the English UI), or use --minor for a typo or formatting',
    });
  });

  it('keeps a correction with its notes, or a minor fix without one', () => {
    expect(
      publishDecision('a', { now: 'new', latest }, { note: ' ذكرت نسخة سابقة… ', noteEn: 'An earlier version…' }),
    ).toEqual({
      kind: 'keep',
      note: { ar: 'ذكرت نسخة سابقة…', en: 'An earlier version…' },
      minor: false,
      first: false,
    });
    expect(publishDecision('a', { now: 'new', latest }, { minor: true })).toEqual({
      kind: 'keep',
      note: null,
      minor: true,
      first: false,
    });
  });

  it('refuses an English note alone, a blank note, and a note with --minor', () => {
    expect(publishDecision('a', { now: 'new', latest }, { noteEn: 'Only English' })).toMatchObject({ kind: 'refuse' });
    expect(publishDecision('a', { now: 'new', latest }, { note: '   ' })).toMatchObject({ kind: 'refuse' });
    expect(publishDecision('a', { now: 'new', latest }, { note: 'تصحيح', minor: true })).toMatchObject({
      kind: 'refuse',
    });
  });
});
