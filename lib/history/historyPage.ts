import 'server-only';
import { cache } from 'react';
import { content } from '../content/source/contentSource';
import { articleOf, compareVersions } from './compareVersions';
import { versionsOf, type Version } from './versionStore';

/**
 * What an article's history pages show: its kept versions, and the changes between two of
 * them (null when the article, a version or the pair does not exist: the page is a 404).
 */
// Asked for by a page's metadata and by the page: its versions are read once per request.
export const articleHistory = cache(async (slug: string) => {
  const article = content().getArticle(slug);
  if (!article) return null;
  const versions = await versionsOf(slug);
  return versions.length ? { article, versions } : null;
});

/** The changes from version `from` to version `to` of `slug`'s kept versions. */
export function changesBetween(slug: string, versions: Version[], from: number, to: number) {
  const [older, newer] = [versions.find((v) => v.version === from), versions.find((v) => v.version === to)];
  if (!older || !newer || from >= to) return null;
  return compareVersions(articleOf(slug, older), articleOf(slug, newer));
}
