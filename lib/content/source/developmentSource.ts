import { historySummary } from '../../history/historySummary';
import { allArticleFolderNames, folderOf } from '../articleFolder';
import { entryOf } from '../articleEntry';
import { readArticleFolder, readEveryArticle } from '../readArticleFolder';
import { readTopics } from '../topics';
import type { ContentSource } from './sourceContract';

/**
 * The editors' preview (`npm run dev`): every question reads the files again, so a saved edit
 * shows at once; drafts are shown; an article is parsed alone, so another's mistake never
 * blocks it. Nothing is published here: no versions, no hashes.
 */
export const developmentSource: ContentSource = {
  listTopics: readTopics,
  listEntries: () => readEveryArticle().map(entryOf),
  getEntry(slug) {
    const article = this.getArticle(slug);
    return article && entryOf(article);
  },
  getArticle(slug) {
    const dir = folderOf(slug);
    return dir ? readArticleFolder(dir, slug) : null;
  },
  listArticles: () => readEveryArticle(),
  slugsToPrerender: allArticleFolderNames,
  historyOf: (slug) => historySummary(slug),
  articleVersion: () => null,
  articleHash: () => null,
  publishedHashes: () => new Map(),
  contentVersion: () => Date.now(),
  contentChanged: () => 0,
};
