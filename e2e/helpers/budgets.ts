/**
 * A page's HTML on the wire (gzip): what plain server components give (the article in the HTML
 * and again in React's payload; issue 14 chose them over HTML-only regions that saved bytes but
 * no time), 24 KiB, and the first screen's CSS in a <style>, at most 8 KiB more (issue 22).
 */
export const HTML_BUDGET = (24 + 8) * 1024;
