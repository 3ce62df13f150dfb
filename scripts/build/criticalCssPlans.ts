// After `next build`: each of the build's stylesheets compiled into a plan (beasties/compiler),
// which the server uses to put in every page the rules that page uses, so the first paint waits
// for no stylesheet (lib/http/criticalCss.mjs). Compiled once here, so a page, prerendered or
// made long after the build, costs the server a single scan of its HTML (~1 ms), not a CSS parse.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { CRITICAL_CSS_FILE } from '../../lib/http/criticalCss.mjs';
import { compilePlans } from '../../lib/http/criticalCssPlans';

const distDir = path.join(process.cwd(), process.env.QARI_DIST_DIR || '.next');
const compiled = compilePlans(path.join(distDir, 'static'));
writeFileSync(path.join(distDir, CRITICAL_CSS_FILE), JSON.stringify(compiled));
console.log(`critical CSS: ${compiled.plans.length} stylesheet(s) compiled → ${path.join(distDir, CRITICAL_CSS_FILE)}`);
