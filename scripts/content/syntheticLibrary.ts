// npx tsx scripts/content/syntheticLibrary.ts <folder> <count>: writes <count> synthetic articles into
// <folder> (never into content/), for the e2e library and `npm run bench:scale`. Each is made of
// the seed article's own paragraphs and summaries, reshuffled, and says it is synthetic.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ARTICLE_FILE, CONTENT_DIR, SUMMARY_FILE } from '../../lib/content/articleFolder';
import { escapeMarkdown } from '../../lib/editorial/escapeMarkdown';
import { readArticleFolder } from '../../lib/content/readArticleFolder';
import { readTopics } from '../../lib/content/topics';
import type { Article } from '../../lib/content/schema';

const SEED = 'nato-rutte-bucharest-industry-forum';

/** A small deterministic generator (mulberry32): the same library on every machine. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled<T>(items: readonly T[], next: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

/**
 * The date of synthetic article `index` when `perDay` articles are published a day: one every
 * three days by default (the e2e library spans months), 50 for a newsroom (bench:scale).
 */
export const dateOf = (index: number, perDay = 1 / 3) =>
  new Date(Date.UTC(2025, 0, 1) + Math.floor(index / perDay) * 86_400_000).toISOString().slice(0, 10);

/** The two files of synthetic article number `n` (1-based). */
export function syntheticArticle(seed: Article, n: number, topicSlugs: string[], perDay?: number) {
  const next = random(n);
  const [lead, ...rest] = seed.sections;
  const sections = shuffled(rest, next).slice(0, 3 + Math.floor(next() * (rest.length - 2)));
  const first = sections[0]!;
  const topics = shuffled(topicSlugs, next).slice(0, 1 + Math.floor(next() * topicSlugs.length));
  const number = String(n).padStart(4, '0');
  const article = [
    '---',
    '# Synthetic: made by scripts/content/syntheticLibrary.ts from the seed article, for tests and benchmarks.',
    'headline:',
    `  ar: ${JSON.stringify(`مقال تركيبي ${n}: ${first.heading}`)}`,
    `  en: ${JSON.stringify(`Synthetic article ${n}: ${first.summary?.title ?? 'a section'}`)}`,
    `author: ${JSON.stringify(seed.author)}`,
    'source:',
    `  name: ${JSON.stringify('مكتبة تركيبية للاختبار')}`,
    // Every seventh article is undated, to exercise the order's rule for those.
    ...(n % 7 === 0 ? [] : [`date: ${dateOf(n, perDay)}`]),
    `topics: [${topics.join(', ')}]`,
    '---',
    '',
    ...lead!.paragraphs.map(escapeMarkdown).flatMap((p) => [p, '']),
    ...sections.flatMap((s) => [
      `## ${escapeMarkdown(s.heading!)} {#${s.id}}`,
      '',
      ...s.paragraphs.map(escapeMarkdown).flatMap((p) => [p, '']),
    ]),
  ].join('\n');
  const summary = [
    ...(seed.summary ?? []).map(escapeMarkdown).flatMap((p) => [p, '']),
    ...[lead!, ...sections].flatMap((s) =>
      s.summary
        ? [
            `## ${escapeMarkdown(s.summary.title)} {#${s.id}}`,
            '',
            ...s.summary.paragraphs.map(escapeMarkdown).flatMap((p) => [p, '']),
          ]
        : [],
    ),
  ].join('\n');
  return { slug: `synthetic-${number}`, article, summary };
}

/**
 * Writes `count` synthetic articles into `folder`, replacing what a previous run left there,
 * dated `perDay` a day (see dateOf).
 */
export function writeSyntheticLibrary(folder: string, count: number, perDay?: number) {
  if (path.resolve(folder).startsWith(path.resolve(CONTENT_DIR))) throw new Error('never into content/');
  const seed = readArticleFolder(CONTENT_DIR, SEED);
  if (!seed) throw new Error(`the seed article ${SEED} is missing`);
  const topics = readTopics().map((topic) => topic.slug);
  rmSync(folder, { recursive: true, force: true });
  for (let n = 1; n <= count; n++) {
    const { slug, article, summary } = syntheticArticle(seed, n, topics, perDay);
    mkdirSync(path.join(folder, slug), { recursive: true });
    writeFileSync(path.join(folder, slug, ARTICLE_FILE), article);
    writeFileSync(path.join(folder, slug, SUMMARY_FILE), summary);
  }
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  const [folder, count] = process.argv.slice(2);
  if (!folder || !count) {
    console.error('usage: npx tsx scripts/content/syntheticLibrary.ts <folder> <count>');
    process.exit(1);
  }
  writeSyntheticLibrary(folder, Number(count));
  console.log(`${count} synthetic articles in ${folder}`);
}
