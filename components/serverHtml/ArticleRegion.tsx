import { createHash } from 'node:crypto';
import type { ComponentProps } from 'react';
import { getPathname } from '@/i18n/navigation';
import type { Article } from '@/lib/content/schema';
import { ServerHtmlRegion } from './ServerHtmlRegion';

type Props = Omit<ComponentProps<typeof ServerHtmlRegion>, 'href' | 'version'> & { article: Article };

const digest = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('base64url').slice(0, 12);

/** A server-HTML region of an article page: `<article revision>.<region's own props>`. */
export function ArticleRegion({ article, part, ...attributes }: Props) {
  const version = `${digest(article)}.${digest(part)}`;
  const href = getPathname({ locale: part.uiLocale, href: `/articles/${article.slug}` });
  return <ServerHtmlRegion part={part} href={href} version={version} {...attributes} />;
}
