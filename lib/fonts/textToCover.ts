import { readFileSync } from 'node:fs';
import path from 'node:path';
import { content } from '../content/source/contentSource';
import { historySummary } from '../history/historySummary';

/**
 * Everything the Arabic faces must draw, as lib/content hands it: every article's Arabic
 * (headline, byline, source, headings, paragraphs, corrections' notes), the topics' Arabic names and the Arabic UI
 * (English uses the system sans). `npm run fonts:subset` cuts the faces to it; a unit test checks
 * the committed subsets still cover it.
 */
export function textToCover(): string[] {
  return [
    readFileSync(path.join(process.cwd(), 'messages', 'ar.json'), 'utf8'),
    ...content()
      .listArticles()
      .flatMap((article) => [
        article.headline.ar,
        article.author,
        article.source?.name ?? '',
        ...article.sections.flatMap((s) => [s.heading ?? '', ...s.paragraphs]),
        ...historySummary(article.slug).corrections.map(({ note }) => note.ar),
      ]),
    ...content()
      .listTopics()
      .map((topic) => topic.ar),
  ];
}
