import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Test support, for unit tests and e2e flows alike. The raw seed text, byte-identical to the one editors received, split into what it says:
 * byline, lead, seven heading/paragraph pairs, and the two "read more" stub lines.
 * Tests compare the rendered article against this, never against hand-copied strings.
 */
export const SEED_FIXTURE_PATH = path.join(__dirname, 'seed-000_52e38cd99991133a.txt');

export function readSeed() {
  const raw = readFileSync(SEED_FIXTURE_PATH, 'utf8');
  const lines = raw.split('\n').filter((line) => line.trim() !== '');
  const [byline = '', lead = '', ...rest] = lines;
  const stubs = rest.slice(-2);
  const pairs = rest.slice(0, -2);
  const sections = [];
  for (let i = 0; i < pairs.length; i += 2) sections.push({ heading: pairs[i]!, paragraph: pairs[i + 1]! });
  return {
    author: byline.replace(/^كتبت?:\s*/, ''),
    lead,
    sections,
    stubs,
    paragraphs: [lead, ...sections.map((s) => s.paragraph)],
  };
}

/** The section ids the committed seed article gives its lead and seven sections. */
export const SEED_SECTION_IDS = [
  'lead',
  'pillars-of-action',
  'leaders-commitments',
  'industry-roles',
  'international-cooperation',
  'production-lines',
  'bucharest-visit',
  'strengthening-capabilities',
];
