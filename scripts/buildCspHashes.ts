// Writes, for every prerendered page, the hashes of the inline scripts it runs into the build
// directory (after `next build`: `npm run build` runs it). The proxy sends each page a
// Content-Security-Policy that allows exactly those, and no other inline script.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { cspHashesFile } from '../lib/http/cspHashesFile';
import { inlineScriptHashes } from '../lib/http/inlineScriptHashes';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(file);
    return entry.name.endsWith('.html') ? [file] : [];
  });
}

const started = performance.now();
const distDir = process.env.QARI_DIST_DIR || '.next';
const pagesDir = path.join(distDir, 'server', 'app');
if (!existsSync(pagesDir)) {
  console.error(`csp hashes: no prerendered pages in ${pagesDir}: run next build first`);
  process.exit(1);
}
const hashes: Record<string, string[]> = {};
for (const file of htmlFiles(pagesDir)) {
  const address = `/${path
    .relative(pagesDir, file)
    .replace(/\.html$/, '')
    .split(path.sep)
    .join('/')}`;
  // Only the pages the readers' addresses reach (/ar, /en and below).
  if (!/^\/(ar|en)(\/|$)/.test(address)) continue;
  hashes[address] = inlineScriptHashes(readFileSync(file, 'utf8'));
}
writeFileSync(cspHashesFile(distDir), JSON.stringify(hashes));
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`csp hashes: ${Object.keys(hashes).length} pages → ${cspHashesFile(distDir)} in ${seconds} s`);
