'use client';

import { useRef } from 'react';
import { serverHtml } from '#server-html';
import { REGION_ATTRIBUTE } from './serverHtmlDom';
import type { ServerHtmlPart } from './serverHtmlTypes';
import { useFreshHtml } from './useFreshHtml';

interface Props {
  part: ServerHtmlPart;
  /** The page this region belongs to: where to take its HTML from when React renders it in the browser. */
  href: string;
  /** `<revision>.<props>`: changes whenever what the region shows changes (an editor's save). */
  version: string;
  className?: string;
  lang?: string;
  dir?: 'rtl' | 'ltr';
}

/**
 * Server HTML that React never hydrates: the browser gets the text once, and hydration skips
 * its nodes. Its behaviour (copy-link buttons) comes from delegated listeners elsewhere.
 */
export function ServerHtmlRegion({ part, href, version, ...attributes }: Props) {
  const element = useRef<HTMLDivElement>(null);
  useFreshHtml(element, href, part.kind, version);
  const content = serverHtml?.render(part);
  const shared = { ref: element, [REGION_ATTRIBUTE]: part.kind, ...attributes };
  if (content) return <div {...shared}>{content}</div>;
  return <div {...shared} suppressHydrationWarning dangerouslySetInnerHTML={{ __html: '' }} />;
}
