import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEED_SECTION_IDS } from '../content/testing/seedFixture';
import { articleOf, compareVersions } from './compareVersions';
import { VersionSchema } from './versionStore';

const SEED = 'nato-rutte-bucharest-industry-forum';
const kept = (n: number) =>
  VersionSchema.parse(JSON.parse(readFileSync(path.join('content', 'history', SEED, `000${n}.json`), 'utf8')));

describe("the seed's first correction, compared", () => {
  const changes = compareVersions(articleOf(SEED, kept(1)), articleOf(SEED, kept(2)));

  it('changed no word of the Arabic text: its unknown source, and English summaries', () => {
    expect(changes.filter((change) => change.arabic).map((change) => change.id)).toEqual(['byline']);
    expect(changes.find((change) => change.id === 'byline')!.arabic).toContainEqual({
      kind: 'removed',
      text: '\nغير معروف',
    });
    // Every section's summary was corrected.
    expect(changes.map((change) => change.id)).toEqual(['byline', ...SEED_SECTION_IDS]);
  });

  it("shows the lead's added warning as added words, the rest as it was", () => {
    const lead = changes.find((change) => change.id === 'lead')!.english!;
    const added = lead.flatMap((part) => (part.kind === 'added' ? [part.text] : [])).join(' ');
    expect(added).toContain('will not end with the end of the war');
    expect(added).toContain('doubled');
    // "Citing Russia's war…, he named three drivers": its opening word gone, the sentence recast.
    expect(lead).toContainEqual({ kind: 'removed', text: 'Citing' });
    expect(lead.some((part) => part.kind === 'same' && part.text.includes('Speaking at the NATO Industry Forum'))).toBe(
      true,
    );
  });
});
