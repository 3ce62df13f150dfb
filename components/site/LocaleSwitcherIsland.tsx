'use client';

import type { ReactNode } from 'react';

interface Props {
  from: string;
  to: string;
  href: string;
  children: ReactNode;
}

/**
 * A plain link, so it works before hydration; on click it swaps the locale prefix of the
 * current address, keeping the path, query and section hash the reader is on.
 */
export function LocaleSwitcherIsland({ from, to, href, children }: Props) {
  return (
    <a
      href={href}
      hrefLang={to}
      lang={to}
      className="rounded-md border border-rule px-3 py-1 text-sm text-ink hover:bg-card"
      onClick={(event) => {
        const { pathname, search, hash } = window.location;
        const rest = pathname.replace(new RegExp(`^/${from}(?=/|$)`), '');
        event.currentTarget.href = `/${to}${rest}${search}${hash}`;
        // Remembered for the next visit to `/` (read by the proxy); pages never set it themselves.
        document.cookie = `NEXT_LOCALE=${to}; path=/; max-age=31536000; samesite=lax`;
      }}
    >
      {children}
    </a>
  );
}
