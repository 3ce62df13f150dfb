import type { ReactNode } from 'react';
import type { Part } from '@/lib/annotations/passageText';

/** A highlighted passage as quoted in the lists: Arabic right to left, an English summary's left to right. */
export function QuotedPassage({ part, children, className }: { part: Part; children: ReactNode; className?: string }) {
  const arabic = part === 'text';
  return (
    <blockquote lang={arabic ? 'ar' : 'en'} dir={arabic ? 'rtl' : 'ltr'} className={className}>
      {children}
    </blockquote>
  );
}
