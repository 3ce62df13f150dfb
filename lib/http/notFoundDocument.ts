import ar from '@/messages/ar.json';
import en from '@/messages/en.json';
import { localeDirection, type Locale } from '@/i18n/routing';

const MESSAGES = { ar, en } as const;

const escape = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);

// The site's colours (app/globals.css), so the page looks like Qari with no stylesheet to load.
const STYLE = `:root{color-scheme:light dark;--paper:light-dark(#fbf8f2,#15130f);--ink:light-dark(#1f1a14,#ece6da);--muted:light-dark(#5e554a,#b3a897);--rule:light-dark(#e4dccd,#3a342b);--accent:light-dark(#8a3b12,#f0a57a)}
body{margin:0;background:var(--paper);color:var(--ink);font:1.125rem/1.8 system-ui,"Noto Naskh Arabic","Segoe UI",sans-serif}
header{border-bottom:1px solid var(--rule)}header a{display:inline-block;padding:.75rem 1rem;font-size:1.5rem;font-weight:700;color:var(--ink);text-decoration:none}
main{max-width:48rem;margin:0 auto;padding:4rem 1rem}h1{font-size:1.875rem;margin:0}p{color:var(--muted)}main a{color:var(--accent)}`;

/**
 * The localized 404 page as one complete HTML document: readable without JavaScript, by
 * crawlers and by curl. (A `notFound()` thrown while rendering a page reaches the browser as
 * an empty `<html id="__next_error__">` whose text only JavaScript shows: vercel/next.js#62228.)
 */
export function notFoundDocument(locale: Locale): string {
  const t = MESSAGES[locale];
  const home = `/${locale}`;
  return `<!DOCTYPE html><html lang="${locale}" dir="${localeDirection[locale]}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escape(t.NotFound.title)} · ${escape(t.Metadata.siteName)}</title><style>${STYLE}</style></head><body><header><a href="${home}" aria-label="${escape(t.SiteHeader.home)}">${escape(t.SiteHeader.brand)}</a></header><main><h1>${escape(t.NotFound.title)}</h1><p>${escape(t.NotFound.description)}</p><p><a href="${home}">${escape(t.NotFound.backHome)}</a></p></main></body></html>`;
}

/** A 404 answer carrying that page. */
export function notFoundResponse(locale: Locale): Response {
  return new Response(notFoundDocument(locale), {
    status: 404,
    headers: { 'Content-Type': 'text/html; charset=utf-8' },
  });
}
