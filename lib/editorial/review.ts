import path from 'node:path';
import { folderOf } from '../content/articleFolder';
import { checkArticle, type Finding } from './checkContent';

/** An article's content:check findings, placed where an editor reads them on the page. */
export interface Review {
  /** About the article as a whole: frontmatter, the article summary, the draft flag. */
  article: Finding[];
  /** Beside each section, by id. */
  sections: Record<string, Finding[]>;
  total: number;
}

/** Development's review view: the findings of `content:check` for one article, each beside its section. */
export function reviewArticle(dir: string, slug: string): Review {
  const review: Review = { article: [], sections: {}, total: 0 };
  for (const finding of checkArticle(dir, slug)) {
    const shown = { ...finding, file: path.relative(process.cwd(), finding.file) };
    if (finding.section && finding.section !== 'summary') (review.sections[finding.section] ??= []).push(shown);
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
