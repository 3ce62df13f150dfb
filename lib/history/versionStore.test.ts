import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hashOfFiles } from '@/lib/content/contentHash';
import { recordVersion, VersionConflict, versionsOf } from './versionStore';

const root = mkdtempSync(path.join(tmpdir(), 'qari-history-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const files = (text: string) => [`---\n---\n\n${text}\n`, null, null];

describe('the version store', () => {
  it('keeps each version whole, numbered, read-only, with its hash, note and time', async () => {
    await recordVersion(
      'a',
      { files: files('نص أول'), at: '2026-12-07T06:00:00+03:00', note: null, minor: false },
      root,
    );
    const note = { ar: 'ذكرت نسخة سابقة من هذا المقال رقماً خاطئاً.', en: 'An earlier version gave a wrong figure.' };
    await recordVersion('a', { files: files('نص ثان'), at: '2026-12-07T07:00:00+03:00', note, minor: false }, root);
    const versions = await versionsOf('a', root);
    expect(versions.map((v) => [v.version, v.note?.en ?? null, v.files[0]])).toEqual([
      [1, null, '---\n---\n\nنص أول\n'],
      [2, 'An earlier version gave a wrong figure.', '---\n---\n\nنص ثان\n'],
    ]);
    expect(versions[1]!.hash).toBe(hashOfFiles(files('نص ثان')));
    expect(statSync(path.join(root, 'a', '0002.json')).mode & 0o222).toBe(0);
    expect(await versionsOf('never-published', root)).toEqual([]);
  });

  it('two publishes racing for one number: one is kept whole, the other refused, nothing interleaved', async () => {
    const outcomes = await Promise.allSettled(
      ['أ', 'ب', 'ج', 'د'].map((text) =>
        recordVersion('race', { files: files(text), at: '2026-12-07T08:00:00Z', note: null, minor: true }, root),
      ),
    );
    const kept = outcomes.filter((o) => o.status === 'fulfilled');
    expect(kept).toHaveLength(1);
    for (const refused of outcomes.filter((o) => o.status === 'rejected'))
      expect((refused as PromiseRejectedResult).reason).toBeInstanceOf(VersionConflict);
    const [only] = await versionsOf('race', root);
    expect(only!.files[0]).toBe((kept[0] as PromiseFulfilledResult<{ files: string[] }>).value.files[0]);
    // No temporary file left behind.
    expect(readdirSync(path.join(root, 'race'))).toEqual(['0001.json']);
  });

  it('refuses a note without its Arabic, and a time without its offset', async () => {
    await expect(
      recordVersion('b', { files: files('x'), at: '2026-12-07 06:00', note: null, minor: false }, root),
    ).rejects.toThrow();
    await expect(
      recordVersion('b', { files: files('x'), at: '2026-12-07T06:00:00Z', note: { ar: '' }, minor: false }, root),
    ).rejects.toThrow();
    expect(await versionsOf('b', root)).toEqual([]);
  });
});
