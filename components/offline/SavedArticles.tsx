'use client';

import { useEffect, useState } from 'react';

interface Saved {
  href: string;
  title: string;
  lang: string;
}

/** The article pages this device keeps (the service worker's page cache), with their titles. */
async function savedArticles(): Promise<Saved[]> {
  const saved: Saved[] = [];
  for (const name of await caches.keys()) {
    if (!name.startsWith('qari-pages-')) continue;
    const cache = await caches.open(name);
    for (const request of await cache.keys()) {
      const { pathname } = new URL(request.url);
      const match = /^\/(ar|en)\/articles\/[^/]+$/.exec(pathname);
      if (!match) continue;
      const html = (await (await cache.match(request))?.text()) ?? '';
      const title = /<title>([^<]*)<\/title>/.exec(html)?.[1]?.split(' · ')[0] ?? pathname;
      const text = new DOMParser().parseFromString(title, 'text/html').documentElement.textContent ?? title;
      saved.push({ href: pathname, title: text, lang: match[1]! });
    }
  }
  return saved;
}

/** On the offline page: links to every article this device can show without a connection. */
export function SavedArticles({ none }: { none: string }) {
  const [saved, setSaved] = useState<Saved[] | null>(null);
  useEffect(() => {
    if (!('caches' in window)) return;
    let current = true;
    savedArticles().then(
      (found) => current && setSaved(found),
      () => current && setSaved([]),
    );
    return () => {
      current = false;
    };
  }, []);
  if (saved === null) return null;
  if (!saved.length) return <p className="mt-6">{none}</p>;
  return (
    <ul className="mt-6 list-disc space-y-2 ps-6">
      {saved.map((article) => (
        <li key={article.href}>
          <a href={article.href} lang={article.lang} className="text-accent hover:underline">
            {article.title}
          </a>
        </li>
      ))}
    </ul>
  );
}
