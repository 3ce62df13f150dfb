import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ContentError } from './ContentError';
import { readArticleFolder } from './loadArticles';

export interface Finding {
  level: 'error' | 'warning';
  file: string;
  line?: number;
  message: string;
}

function lineOfId(text: string, id: string): number | undefined {
  const index = text.split('\n').findIndex((line) => line.includes(`{#${id}}`));
  return index >= 0 ? index + 1 : undefined;
}

/** Lines an editor marked as unfinished: the importer writes "TODO" into every field it could not fill. */
function todos(file: string, text: string): Finding[] {
  return text.split('\n').flatMap((line, index) =>
    /\bTODO\b/.test(line) ? [{ level: 'warning' as const, file, line: index + 1, message: `TODO left: ${line.trim()}` }] : [],
  );
}

/** Validates one article folder: errors block publishing, warnings are left for the editor. */
export function checkArticle(dir: string, slug: string): Finding[] {
  const articleFile = path.relative(process.cwd(), path.join(dir, slug, 'article.ar.md'));
  const summaryFile = path.relative(process.cwd(), path.join(dir, slug, 'summary.en.md'));
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
    if (article.draft) findings.push({ level: 'warning', file: articleFile, message: 'draft: not published' });
    return findings;
  } catch (error) {
    if (error instanceof ContentError) return [{ level: 'error', file: error.file, line: error.line, message: error.reason }];
    throw error;
  }
}

export function checkAll(dir: string): { articles: number; findings: Finding[] } {
  const slugs = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return { articles: slugs.length, findings: slugs.flatMap((slug) => checkArticle(dir, slug)) };
}
