import { readFileSync } from 'node:fs';
import path from 'node:path';
import { articleFiles } from './articleFolder';
import { checkArticle, type Finding } from './checkContent';
import { headingLines } from './headingLines';
import { folderOf } from './loadArticles';
import { LEAD_ID } from './schema';

/** An article's content:check findings, placed where an editor reads them on the page. */
export interface Review {
  /** About the article as a whole: frontmatter, the article summary, the draft flag. */
  article: Finding[];
  /** Beside each section, by id. */
  sections: Record<string, Finding[]>;
  total: number;
}

/** The section a line of a content file belongs to (`null`: before the first section heading). */
function sectionAtLine(text: string, line: number): string | null {
  return headingLines(text).findLast((heading) => heading.line <= line)?.id ?? null;
}

const frontmatterEnd = (text: string) => (text.startsWith('---') ? text.split('\n').indexOf('---', 1) + 1 : 0);

/** Development's review view: the findings of `content:check` for one article, by section. */
export function reviewArticle(dir: string, slug: string): Review {
  const files = articleFiles(dir, slug);
  const texts = new Map<string, string>();
  const textOf = (file: string) => {
    if (!texts.has(file)) texts.set(file, readFileSync(file, 'utf8'));
    return texts.get(file)!;
  };
  const review: Review = { article: [], sections: {}, total: 0 };
  for (const finding of checkArticle(dir, slug)) {
    const shown = { ...finding, file: path.relative(process.cwd(), finding.file) };
    const named = /no English summary for section "([^"]+)"/.exec(finding.message)?.[1];
    let section: string | null = finding.section === 'summary' ? null : (finding.section ?? named ?? null);
    if (!finding.section && !named && finding.line) {
      const text = textOf(finding.file);
      const inFrontmatter = finding.file === files.article && finding.line <= frontmatterEnd(text);
      section = inFrontmatter ? null : (sectionAtLine(text, finding.line) ?? (finding.file === files.article ? LEAD_ID : null));
    }
    if (section) (review.sections[section] ??= []).push(shown);
    else review.article.push(shown);
    review.total++;
  }
  return review;
}

/** The review of an article wherever its folder is (content/articles or an extra folder). */
export function reviewOf(slug: string): Review | null {
  const dir = folderOf(slug);
  return dir ? reviewArticle(dir, slug) : null;
}
