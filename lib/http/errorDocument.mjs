// The page a reader gets when Qari cannot show the one asked for (404, 5xx): one complete HTML
// document, readable without JavaScript, by crawlers and by curl. Plain JavaScript, so that the
// production server (lib/http/serve.mjs) can send it for an error Next itself could not render.

const escape = (/** @type {string} */ text) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);

// The site's colours (app/globals.css), so the page looks like Qari with no stylesheet to load.
const STYLE = `:root{color-scheme:light dark;--paper:light-dark(#fbf8f2,#15130f);--ink:light-dark(#1f1a14,#ece6da);--muted:light-dark(#5e554a,#b3a897);--rule:light-dark(#e4dccd,#3a342b);--accent:light-dark(#8a3b12,#f0a57a)}
body{margin:0;background:var(--paper);color:var(--ink);font:1.125rem/1.8 system-ui,"Noto Naskh Arabic","Segoe UI",sans-serif}
header{border-bottom:1px solid var(--rule)}header a{display:inline-block;padding:.75rem 1rem;font-size:1.5rem;font-weight:700;color:var(--ink);text-decoration:none}
main{max-width:48rem;margin:0 auto;padding:4rem 1rem}h1{font-size:1.875rem;margin:0}p{color:var(--muted)}main a{color:var(--accent)}`;

/** The UI direction of each locale (as i18n/routing.ts). */
const DIRECTION = { ar: 'rtl', en: 'ltr' };

/**
 * @param {'ar' | 'en'} locale
 * @param {{ Metadata: { siteName: string }, SiteHeader: { brand: string, home: string } }} messages the locale's UI strings
 * @param {{ title: string, description: string, backHome: string }} page what this page says
 */
export function errorDocument(locale, messages, page) {
  const home = `/${locale}`;
  return `<!DOCTYPE html><html lang="${locale}" dir="${DIRECTION[locale]}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escape(page.title)} · ${escape(messages.Metadata.siteName)}</title><style>${STYLE}</style></head><body><header><a href="${home}" aria-label="${escape(messages.SiteHeader.home)}">${escape(messages.SiteHeader.brand)}</a></header><main><h1>${escape(page.title)}</h1><p>${escape(page.description)}</p><p><a href="${home}">${escape(page.backHome)}</a></p></main></body></html>`;
}

/**
 * The locale a request's path asks for: `/en/…` is English, anything else Arabic (the default).
 * @param {string | undefined} url
 * @returns {'ar' | 'en'}
 */
export function localeOfPath(url) {
  return /^\/en(?:[/?#]|$)/.test(url ?? '') ? 'en' : 'ar';
}
