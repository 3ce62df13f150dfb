import { articleFiles, articleFolderNames } from '../content/articleFolder';
import { problemsOf } from '../content/ContentError';
import { readArticleSource } from '../content/readArticleFolder';
import { parseArticle, sectionAtLine } from '../content/parseArticle';
import { LEAD_ID } from '../content/schema';
import { fidelityFindings } from './fidelity';

export interface Finding {
  /** Errors block the build and publishing; warnings block publishing; notes are for the editor. */
  level: 'error' | 'warning' | 'note';
  file: string;
  line?: number;
  column?: number;
  message: string;
  /** The section a finding is about, when it is about one (`summary`: the article summary). */
  section?: string;
}

/** A finding as editors read it: `file:line[:column]: level: message`. */
export function formatFinding(f: Finding): string {
  return `${f.file}${f.line ? `:${f.line}` : ''}${f.line && f.column ? `:${f.column}` : ''}: ${f.level}: ${f.message}`;
}

/**
 * Lines an editor marked as unfinished (the importer writes "TODO" into every field it could not
 * fill), each with the section it is in: by `headings`, the parse's lines; `above` before them.
 */
function todos(file: string, text: string, headings: { id: string; line?: number }[], above?: string): Finding[] {
  return text.split('\n').flatMap((line, index) => {
    if (!/\bTODO\b/.test(line)) return [];
    const section = sectionAtLine(headings, index + 1, above);
    return [{ level: 'warning' as const, file, line: index + 1, message: `TODO left: ${line.trim()}`, section }];
  });
}

/**
 * Validates one article folder, reading its files once: errors block publishing, warnings are
 * left for the editor. Lines come from the parse; each finding about a section names it.
 */
export function checkArticle(dir: string, slug: string): Finding[] {
  const { article: articleFile, summary: summaryFile } = articleFiles(dir, slug);
  try {
    const source = readArticleSource(dir, slug);
    if (!source)
      return [{ level: 'error', file: articleFile, message: 'missing: every article folder needs article.ar.md' }];
    const article = parseArticle(source);
    const [lead, ...sections] = article.sections;
    // In the article file, a line above the lead's first paragraph is the frontmatter's.
    const findings = todos(articleFile, source.article.text, [
      { id: LEAD_ID, line: lead?.lines.heading },
      ...sections.map((s) => ({ id: s.id, line: s.lines.heading })),
    ]);
    if (!source.summary)
      return [...findings, { level: 'warning', file: summaryFile, message: 'no English summary file yet' }];
    // Summary headings and notes left as TODO are reported below as missing summaries.
    const summaryHeadings = article.sections.map((s) => ({ id: s.id, line: s.lines.summaryHeading }));
    findings.push(
      ...todos(summaryFile, source.summary.text, summaryHeadings, 'summary').filter(
        (f) => !/TODO left: (## |<!--)/.test(f.message),
      ),
    );
    if (!article.summary) {
      findings.push({
        level: 'warning',
        file: summaryFile,
        line: 1,
        message: 'the article summary is not written yet',
        section: 'summary',
      });
    }
    for (const section of article.sections.filter((s) => !s.summary)) {
      findings.push({
        level: 'warning',
        file: summaryFile,
        line: section.lines.summaryHeading,
        message: `no English summary for section "${section.id}" yet`,
        section: section.id,
      });
    }
    findings.push(...fidelityFindings(article).map((f) => ({ ...f, file: summaryFile })));
    if (article.draft) findings.push({ level: 'warning', file: articleFile, message: 'draft: not published' });
    return findings;
  } catch (error) {
    const problems = problemsOf(error);
    if (!problems.length) {
      // Anything else is a bug of ours, but the editor still gets every other finding.
      const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
      return [{ level: 'error', file: articleFile, message: `could not be checked: ${reason}` }];
    }
    return problems.map((p) => ({
      level: 'error' as const,
      file: p.file,
      line: p.line,
      column: p.column,
      message: p.reason,
      section: p.section,
    }));
  }
}

export function checkAll(dir: string): { articles: number; findings: Finding[] } {
  const slugs = articleFolderNames(dir);
  return { articles: slugs.length, findings: slugs.flatMap((slug) => checkArticle(dir, slug)) };
}
