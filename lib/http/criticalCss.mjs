// Every page leaves the server with the CSS rules it uses in a <style> (beasties' runtime, from
// the plans scripts/build/criticalCssPlans.ts compiled after the build), and the full stylesheet
// loading without blocking the first paint: `media="print"` until a small script at the end of
// the body gives it back its media (a `<noscript>` link for readers without scripts). That
// script is allowed by its hash like every inline script (lib/http/pageCsp.mjs); inline styles
// were already allowed. Done where pages leave the server, so a page made after the build (an
// article published since, one rendered on its first request) gets it like a prerendered one.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createProcessor } from 'beasties/runtime';

/** Beside the build: the compiled stylesheets. */
export const CRITICAL_CSS_FILE = 'critical-css.json';

/**
 * The HTML rewriter for a build: its pages with their critical CSS inlined, or unchanged when the
 * build has no plans (a build made before this step existed).
 * @param {string} distDir
 * @returns {(html: string) => string}
 */
export function criticalCssFor(distDir) {
  const file = path.join(distDir, CRITICAL_CSS_FILE);
  if (!existsSync(file)) return (html) => html;
  /** @type {{ plans: import('beasties/runtime').CompactPlan[] }} */
  const { plans } = JSON.parse(readFileSync(file, 'utf8'));
  // Faces are preloaded by the page's head and declared by lib/http/naskhOnServe.mjs, never here.
  const processor = createProcessor(plans, { preload: 'media-script', fonts: false });
  return (html) =>
    processor.process(html).replace(
      /<style>([\s\S]*?)<\/style>/,
      // beasties 0.5.4 ends every at-rule without nested rules with ";", "@property x{…};" too,
      // and that stray ";" makes the next rule unreadable: every second @property was lost.
      (_, css) => `<style>${css.replace(/\};/g, '}')}</style>`,
    );
}
