// Which inline scripts a page may run: the ones Qari and its framework write, recognised by what
// they are, never "whatever inline script the HTML holds" (an injected <script> would then be
// allowed by its own hash). Anything else gets no hash, so the browser refuses to run it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { NASKH_LATE_SCRIPT } from '../fonts/naskhFaceCss.mjs';

// Next's payload for React: pushes of JSON data, which run no code of their own.
const FLIGHT_START = '(self.__next_f=self.__next_f||[]).push([0])';
const FLIGHT = /^self\.__next_f\.push\((\[[\s\S]*\])\)$/;
// Turbopack's list of the page's chunks: one JSON object.
const CHUNKS = /^\(globalThis\["TURBOPACK"\] \|\| \(globalThis\["TURBOPACK"\] = \[\]\)\)\.push\((\{[\s\S]*\})\);?$/;
/** beasties' restorer of the stylesheet's media (lib/http/criticalCss.mjs), as it writes it. */
export const STYLESHEET_RESTORER =
  "document.querySelectorAll('link[data-beasties-media]').forEach(function(l){l.media=l.getAttribute('data-beasties-media');l.removeAttribute('data-beasties-media')})";

const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)([^>]*)>([\s\S]*?)<\/script>/gi;
const DATA_TYPE = /\stype=["']?(?!(?:text\/javascript|module)["'\s>])[^"'\s>]+/i;

/**
 * The inline scripts (not data blocks) of an HTML document or part of one, in order.
 * @param {string} html
 * @returns {string[]}
 */
export function inlineScripts(html) {
  return [...html.matchAll(INLINE_SCRIPT)].flatMap(([, attributes = '', body = '']) =>
    DATA_TYPE.test(attributes) ? [] : [body],
  );
}

/** @param {string} text */
function isJson(text) {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Whether `body` is a script Qari or Next wrote: a payload push or the chunk list carrying JSON
 * only, the stylesheet restorer, the late-face script (lib/http/naskhOnServe.mjs), or one of `layoutScripts` (the layout's own, exactly).
 * @param {string} body
 * @param {ReadonlySet<string>} layoutScripts
 */
export function isOwnScript(body, layoutScripts) {
  if (body === FLIGHT_START || body === STYLESHEET_RESTORER || body === NASKH_LATE_SCRIPT || layoutScripts.has(body))
    return true;
  const data = FLIGHT.exec(body)?.[1] ?? CHUNKS.exec(body)?.[1];
  return data !== undefined && isJson(data);
}

/**
 * The layout's inline scripts as the build wrote them (the reader's preferences, applied before
 * the first paint): those in the <head> of both library pages the build prerendered. Content
 * never reaches a page's head but as escaped text, and the two pages share only the layout.
 * @param {string} distDir
 * @returns {Set<string>}
 */
export function layoutScriptsOf(distDir) {
  /** @param {string} locale @returns {Set<string>} */
  const head = (locale) => {
    try {
      const html = readFileSync(path.join(distDir, 'server', 'app', `${locale}.html`), 'utf8');
      return new Set(inlineScripts(html.slice(0, Math.max(0, html.indexOf('</head>')))));
    } catch {
      return new Set();
    }
  };
  const [ar, en] = [head('ar'), head('en')];
  return new Set([...ar].filter((script) => en.has(script)));
}
