import { readFileSync } from 'node:fs';
import { articleFiles, articleFolderNames } from './articleFolder';
import { contentErrorsOf } from './ContentError';
import { fidelityFindings } from './fidelity';
import { headingLines } from './headingLines';
import { readArticleFolder } from './loadArticles';

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

function lineOfId(text: string, id: string): number | undefined {
  return headingLines(text).find((heading) => heading.id === id)?.line;
}

/** Lines an editor marked as unfinished: the importer writes "TODO" into every field it could not fill. */
function todos(file: string, text: string): Finding[] {
  return text.split('\n').flatMap((line, index) =>
    /\bTODO\b/.test(line) ? [{ level: 'warning' as const, file, line: index + 1, message: `TODO left: ${line.trim()}` }] : [],
  );
}

/** Validates one article folder: errors block publishing, warnings are left for the editor. */
export function checkArticle(dir: string, slug: string): Finding[] {
  const { article: articleFile, summary: summaryFile } = articleFiles(dir, slug);
  try {
    const article = readArticleFolder(dir, slug);
    if (!article) return [{ level: 'error', file: articleFile, message: 'missing: every article folder needs article.ar.md' }];
    const articleText = readFileSync(articleFile, 'utf8');
    let summaryText = '';
    try {
      summaryText = readFileSync(summaryFile, 'utf8');
    } catch {
      return [...todos(articleFile, articleText), { level: 'warning', file: summaryFile, message: 'no English summary file yet' }];
    }
    // Summary headings and notes left as TODO are reported below as missing summaries.
    const summaryTodos = todos(summaryFile, summaryText).filter((f) => !/TODO left: (## |<!--)/.test(f.message));
    const findings = [...todos(articleFile, articleText), ...summaryTodos];
    if (!article.summary) findings.push({ level: 'warning', file: summaryFile, line: 1, message: 'the article summary is not written yet' });
    for (const section of article.sections.filter((s) => !s.summary)) {
      const line = lineOfId(summaryText, section.id);
      findings.push({ level: 'warning', file: summaryFile, line, message: `no English summary for section "${section.id}" yet` });
    }
    findings.push(...fidelityFindings(article, summaryText).map((f) => ({ ...f, file: summaryFile })));
    if (article.draft) findings.push({ level: 'warning', file: articleFile, message: 'draft: not published' });
    return findings;
  } catch (error) {
    const problems = contentErrorsOf(error);
    if (!problems.length) {
      // Anything else is a bug of ours, but the editor still gets every other finding.
      const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
      return [{ level: 'error', file: articleFile, message: `could not be checked: ${reason}` }];
    }
    return problems.map((p) => ({ level: 'error' as const, file: p.file, line: p.line, column: p.column, message: p.reason }));
  }
}

export function checkAll(dir: string): { articles: number; findings: Finding[] } {
  const slugs = articleFolderNames(dir);
  return { articles: slugs.length, findings: slugs.flatMap((slug) => checkArticle(dir, slug)) };
}
