import { ContentError } from './ContentError';
import { parseFrontmatter } from './parseFrontmatter';
import { parseMarkdown, type RawDocument } from './parseMarkdown';
import { LEAD_ID, type Article, type ArticleSection, type SectionSummary } from './schema';

export interface ArticleSource {
  slug: string;
  /** Paths as shown to the editor in errors, and the files' text. */
  article: { file: string; text: string };
  summary: { file: string; text: string } | null;
}

function readSummaries(file: string, doc: RawDocument, sectionIds: Set<string>): Map<string, SectionSummary> {
  const summaries = new Map<string, SectionSummary>();
  for (const section of doc.sections) {
    if (!sectionIds.has(section.id)) {
      throw new ContentError(file, section.line, `summary for unknown section "${section.id}"`);
    }
    // A heading with no text under it is a summary not yet written, shown as such to readers.
    if (section.paragraphs.length) summaries.set(section.id, { title: section.heading, paragraphs: section.paragraphs });
  }
  return summaries;
}

/** Turns an article's Markdown and its English summary into a validated Article. */
export function parseArticle({ slug, article, summary }: ArticleSource): Article {
  const doc = parseMarkdown(article.file, article.text);
  if (!doc.frontmatter) throw new ContentError(article.file, 1, 'missing frontmatter: start the file with a --- block');
  const meta = parseFrontmatter(article.file, doc.frontmatter.text, doc.frontmatter.line);

  if (!doc.intro.paragraphs.length) {
    throw new ContentError(article.file, doc.sections[0]?.line ?? doc.intro.line, 'missing lead: write the lead paragraph before the first "## " heading');
  }
  const leadHeading = doc.sections.find((s) => s.id === LEAD_ID);
  if (leadHeading) throw new ContentError(article.file, leadHeading.line, `section id "${LEAD_ID}" is reserved for the lead`);
  const empty = doc.sections.find((s) => !s.paragraphs.length);
  if (empty) throw new ContentError(article.file, empty.line, `section "${empty.id}" is empty: add its text or remove the heading`);

  const sections = [{ id: LEAD_ID, heading: null, paragraphs: doc.intro.paragraphs }, ...doc.sections];
  const summaryDoc = summary ? parseMarkdown(summary.file, summary.text) : null;
  if (summary && summaryDoc?.frontmatter) {
    throw new ContentError(summary.file, summaryDoc.frontmatter.line - 1, 'summary files have no frontmatter');
  }
  const summaries =
    summary && summaryDoc ? readSummaries(summary.file, summaryDoc, new Set(sections.map((s) => s.id))) : new Map();

  return {
    ...meta,
    slug,
    summary: summaryDoc?.intro.paragraphs.length ? summaryDoc.intro.paragraphs : null,
    sections: sections.map(
      (s): ArticleSection => ({
        id: s.id,
        heading: s.heading,
        paragraphs: s.paragraphs,
        summary: summaries.get(s.id) ?? null,
      }),
    ),
  };
}
