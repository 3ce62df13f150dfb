import { bidiControls } from './bidiControls';
import { ContentProblem, problemsOf, throwCollected } from './ContentError';
import { parseGlossary } from './glossary';
import { LIMITS, overlongLines } from './limits';
import { parseFrontmatter } from './parseFrontmatter';
import { parseMarkdown, type RawDocument } from './parseMarkdown';
import { LEAD_ID, type Article, type ArticleSection, type Frontmatter, type SectionSummary } from './schema';

export interface ArticleSource {
  slug: string;
  /** Paths as shown to the editor in errors, and the files' text. */
  article: { file: string; text: string };
  summary: { file: string; text: string } | null;
  /** `glossary.en.yaml`, when the article has one. */
  glossary?: { file: string; text: string } | null;
  /** The slugs declared in content/topics.yaml; without it, topics are not checked. */
  knownTopics?: ReadonlySet<string>;
}

function readSummaries(file: string, doc: RawDocument, sectionIds: Set<string>, problems: ContentProblem[]) {
  const summaries = new Map<string, SectionSummary>();
  /** Every summary heading's line, with text under it or not yet. */
  const headings = new Map<string, number>();
  for (const section of doc.sections) {
    headings.set(section.id, section.line);
    if (!sectionIds.has(section.id)) {
      problems.push(new ContentProblem(file, section.line, `summary for unknown section "${section.id}"`));
    }
    // A heading with no text under it is a summary not yet written, shown as such to readers.
    if (section.paragraphs.length) {
      summaries.set(section.id, {
        title: section.heading,
        paragraphs: section.paragraphs,
        lines: { heading: section.line, paragraphs: section.paragraphLines },
      });
    }
  }
  return { summaries, headings };
}

/** Problems of a file as text: lines over the limit, and a missing final newline (a cut file). */
function textProblems(file: string, text: string): ContentProblem[] {
  const problems = overlongLines(text).map(
    ([line, length]) => new ContentProblem(file, line, `line of ${length} characters, over the limit of ${LIMITS.lineLength}`),
  );
  problems.push(...bidiControls(file, text));
  if (text && !text.endsWith('\n')) {
    const lines = text.split('\n').length;
    problems.push(new ContentProblem(file, lines, 'the file does not end with a new line: it may have been cut short'));
  }
  return problems;
}

function articleProblems(file: string, doc: RawDocument): ContentProblem[] {
  const problems: ContentProblem[] = [];
  if (!doc.intro.paragraphs.length) {
    const line = doc.sections[0]?.line ?? doc.intro.line;
    problems.push(new ContentProblem(file, line, 'missing lead: write the lead paragraph before the first "## " heading'));
  }
  const lead = doc.sections.find((s) => s.id === LEAD_ID);
  if (lead) problems.push(new ContentProblem(file, lead.line, `section id "${LEAD_ID}" is reserved for the lead`));
  for (const empty of doc.sections.filter((s) => !s.paragraphs.length)) {
    problems.push(new ContentProblem(file, empty.line, `section "${empty.id}" is empty: add its text or remove the heading`));
  }
  if (doc.sections.length + 1 > LIMITS.sections) {
    const line = doc.sections[LIMITS.sections - 1]?.line;
    problems.push(new ContentProblem(file, line, `${doc.sections.length + 1} sections, over the limit of ${LIMITS.sections}`));
  }
  return problems;
}

/** The line a document's frontmatter closes on (0 without one). */
const frontmatterEnd = (doc: RawDocument) =>
  doc.frontmatter ? doc.frontmatter.line + (doc.frontmatter.text ? doc.frontmatter.text.split('\n').length : 0) : 0;

/** The section whose heading is the last one at or above `line`; `above` for a line before any. */
export function sectionAtLine(headings: readonly { id: string; line?: number }[], line: number, above?: string) {
  return headings.findLast((heading) => heading.line !== undefined && heading.line <= line)?.id ?? above;
}

/**
 * Gives each problem the section its line is in, from the parse's own lines: none in the
 * frontmatter or for a section the article does not have; before the first heading, the lead
 * (article file) or the article summary (summary file).
 */
function placeProblems(problems: ContentProblem[], docs: Map<string, { doc: RawDocument; above: string }>, ids: Set<string>) {
  for (const problem of problems) {
    const parsed = docs.get(problem.file);
    if (problem.section || !parsed || !problem.line || problem.line <= frontmatterEnd(parsed.doc)) continue;
    const section = sectionAtLine(parsed.doc.sections, problem.line, parsed.above)!;
    if (ids.has(section) || section === 'summary') problem.section = section;
  }
}

/**
 * Turns an article's Markdown and its English summary into a validated Article. Every problem
 * in either file is reported at once (one ContentError), each as `file:line: reason`.
 */
export function parseArticle({ slug, article, summary, glossary, knownTopics }: ArticleSource): Article {
  const problems = textProblems(article.file, article.text);
  const doc = parseMarkdown(article.file, article.text, problems);
  let meta: Frontmatter | null = null;
  if (!doc.frontmatter) problems.push(new ContentProblem(article.file, 1, 'missing frontmatter: start the file with a --- block'));
  else {
    try {
      meta = parseFrontmatter(article.file, doc.frontmatter.text, doc.frontmatter.line, knownTopics);
    } catch (error) {
      const found = problemsOf(error);
      if (!found.length) throw error;
      problems.push(...found);
    }
  }
  problems.push(...articleProblems(article.file, doc));

  const sections = [
    { id: LEAD_ID, heading: null, line: doc.intro.line, paragraphs: doc.intro.paragraphs, paragraphLines: doc.intro.paragraphLines },
    ...doc.sections,
  ];
  const sectionIds = new Set(sections.map((s) => s.id));
  let summaries = new Map<string, SectionSummary>();
  let summaryHeadings = new Map<string, number>();
  let summaryDoc: RawDocument | null = null;
  if (summary) {
    problems.push(...textProblems(summary.file, summary.text));
    summaryDoc = parseMarkdown(summary.file, summary.text, problems);
    if (summaryDoc.frontmatter) {
      problems.push(new ContentProblem(summary.file, summaryDoc.frontmatter.line - 1, 'summary files have no frontmatter'));
    }
    ({ summaries, headings: summaryHeadings } = readSummaries(summary.file, summaryDoc, sectionIds, problems));
  }
  // The glossary's terms must be words of the Arabic as written: headline, headings, paragraphs.
  const arabic = [meta?.headline.ar ?? '', ...sections.flatMap((s) => [s.heading ?? '', ...s.paragraphs])].join('\n');
  const terms = glossary ? parseGlossary(glossary.file, glossary.text, arabic, problems) : [];
  const docs = new Map([[article.file, { doc, above: LEAD_ID }]]);
  if (summary && summaryDoc) docs.set(summary.file, { doc: summaryDoc, above: 'summary' });
  placeProblems(problems, docs, sectionIds);
  throwCollected(problems);

  return {
    ...meta!,
    slug,
    summary: summaryDoc?.intro.paragraphs.length ? summaryDoc.intro.paragraphs : null,
    summaryLines: summaryDoc?.intro.paragraphLines ?? [],
    glossary: terms,
    sections: sections.map(
      (s): ArticleSection => ({
        id: s.id,
        heading: s.heading,
        paragraphs: s.paragraphs,
        summary: summaries.get(s.id) ?? null,
        lines: { heading: s.line, paragraphs: s.paragraphLines, summaryHeading: summaryHeadings.get(s.id) },
      }),
    ),
  };
}
