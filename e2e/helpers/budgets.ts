/**
 * A page's HTML on the wire (gzip): what plain server components give (the article in the HTML
 * and again in React's payload); issue 14 chose them over HTML-only regions that saved bytes but
 * no time. Critical CSS (off by default) may add 8 KiB more (issue 22).
 */
export const HTML_BUDGET = 24 * 1024;
export const CRITICAL_CSS_ALLOWANCE = 8 * 1024;
