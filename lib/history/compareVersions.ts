import { ARTICLE_FILES } from '../content/articleFolder';
import { parseArticle } from '../content/parseArticle';
import type { Article } from '../content/schema';
import type { Version } from './versionStore';
import { wordDiff, type DiffPart } from './wordDiff';

/** What changed in one part of an article between two versions (null: nothing). */
export interface PartChange {
  /** The section's id, or `headline`, `byline`, `summary`, `glossary` for the parts around them. */
  id: string;
  /** Its Arabic heading in the newer version (or the older, if it was removed). */
  heading: string | null;
  arabic: DiffPart[] | null;
  english: DiffPart[] | null;
}

/** A kept version, parsed as the reader showed it. */
export function articleOf(slug: string, version: Version): Article {
  const [article, summary, glossary] = ARTICLE_FILES.map((name, index) => {
    const text = version.files[index];
    return text === null || text === undefined ? null : { file: name, text };
  });
  return parseArticle({ slug, article: article!, summary: summary ?? null, glossary: glossary ?? null });
}

const changed = (parts: DiffPart[]) => (parts.some((part) => part.kind !== 'same') ? parts : null);
const diff = (before: string, after: string, locale: 'ar' | 'en') => changed(wordDiff(before, after, locale));

/**
 * The differences between two versions of an article, part by part, in the newer one's order
 * (a removed section where it stood): headlines, byline and source, the article summary, each section's Arabic
 * (heading and paragraphs) and English summary, then the glossary. Unchanged parts are left out.
 */
export function compareVersions(older: Article, newer: Article): PartChange[] {
  const parts: PartChange[] = [];
  const push = (part: PartChange) => (part.arabic || part.english) && parts.push(part);
  push({
    id: 'headline',
    heading: null,
    arabic: diff(older.headline.ar, newer.headline.ar, 'ar'),
    english: diff(older.headline.en, newer.headline.en, 'en'),
  });
  const byline = (article: Article) => [article.author, article.source?.name ?? ''].join('\n').trim();
  push({ id: 'byline', heading: null, arabic: diff(byline(older), byline(newer), 'ar'), english: null });
  push({
    id: 'summary',
    heading: null,
    arabic: null,
    english: diff((older.summary ?? []).join('\n\n'), (newer.summary ?? []).join('\n\n'), 'en'),
  });
  const before = new Map(older.sections.map((section) => [section.id, section]));
  const ids = [...newer.sections.map((section) => section.id)];
  for (const [index, section] of older.sections.entries())
    if (!ids.includes(section.id)) ids.splice(Math.min(index, ids.length), 0, section.id);
  const after = new Map(newer.sections.map((section) => [section.id, section]));
  const arabicOf = (s?: Article['sections'][number]) => (s ? [s.heading ?? '', ...s.paragraphs].join('\n\n') : '');
  const englishOf = (s?: Article['sections'][number]) =>
    s?.summary ? [s.summary.title, ...s.summary.paragraphs].join('\n\n') : '';
  for (const id of ids) {
    const [a, b] = [before.get(id), after.get(id)];
    push({
      id,
      heading: (b ?? a)?.heading ?? null,
      arabic: diff(arabicOf(a), arabicOf(b), 'ar'),
      english: diff(englishOf(a), englishOf(b), 'en'),
    });
  }
  const glossary = (article: Article) =>
    article.glossary
      .map(({ term, gloss, translit }) => `${term}: ${gloss}${translit ? ` (${translit})` : ''}`)
      .join('\n');
  push({ id: 'glossary', heading: null, arabic: null, english: diff(glossary(older), glossary(newer), 'en') });
  return parts;
}
