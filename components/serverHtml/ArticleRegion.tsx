import { createHash } from 'node:crypto';
import type { ComponentProps } from 'react';
import { getPathname } from '@/i18n/navigation';
import type { Article } from '@/lib/content/schema';
import { ServerHtmlRegion } from './ServerHtmlRegion';

type Props = Omit<ComponentProps<typeof ServerHtmlRegion>, 'href' | 'version'> & { article: Article };

/** A server-HTML region of an article page; any edit to the article gives it a new version. */
export function ArticleRegion({ article, part, ...attributes }: Props) {
  const version = createHash('sha256')
    .update(JSON.stringify([article, part]))
    .digest('base64url')
    .slice(0, 16);
  const href = getPathname({ locale: part.uiLocale, href: `/articles/${article.slug}` });
  return <ServerHtmlRegion part={part} href={href} version={version} {...attributes} />;
}
