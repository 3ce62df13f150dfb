// npm run content:import -- <file> [--slug <slug>] [--force]
// Writes content/articles/<slug>/ as a draft and prints what it found; writes nothing on error.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ImportError, importRawText, slugFromFileName, type ImportReport } from '../lib/content/importRawText';
import { CONTENT_DIR } from '../lib/content/loadArticles';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function fail(message: string): never {
  console.error(`content:import: ${message}`);
  process.exit(1);
}

function printReport(file: string, slug: string, report: ImportReport) {
  const lines = [
    `Imported ${file} → content/articles/${slug}/ (draft)`,
    `  author: ${report.author ?? 'not found (no byline line): TODO in the frontmatter'}`,
    `  lead: ${report.lead} paragraph(s)`,
    `  sections: ${report.sections.length}`,
    ...report.sections.map((s) => `    line ${s.line}: ## ${s.heading} {#${s.id}}`),
    `  paragraphs: ${report.paragraphs}`,
    `  dropped: ${report.dropped.length}`,
    ...report.dropped.map((d) => `    line ${d.line}: "${d.text}"`),
    ...(report.unsure.length ? [`  please check: ${report.unsure.length}`] : []),
    ...report.unsure.map((u) => `    line ${u.line}: "${u.text}" — ${u.why}`),
    `Next: fill in the TODOs (npm run content:check lists them), preview at /ar/articles/${slug} with npm run dev.`,
  ];
  console.log(lines.join('\n'));
}

function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { slug: { type: 'string' }, force: { type: 'boolean', default: false } },
  });
  const file = positionals[0];
  if (!file) fail('usage: npm run content:import -- <file> [--slug <slug>] [--force]');
  if (!existsSync(file)) fail(`${file}: no such file`);

  let raw: string;
  try {
    raw = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(file));
  } catch {
    fail(`${file} is not UTF-8 text: save it as UTF-8 and try again`);
  }

  const slug = values.slug ?? slugFromFileName(path.basename(file), raw);
  if (!SLUG.test(slug)) fail(`slug "${slug}" must be lowercase ASCII letters, digits and hyphens`);
  const dir = path.join(CONTENT_DIR, slug);
  if (existsSync(dir) && !values.force)
    fail(`content/articles/${slug} exists already: choose another --slug, or --force`);

  try {
    const { article, summary, report } = importRawText(raw, path.basename(file));
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'article.ar.md'), article);
    writeFileSync(path.join(dir, 'summary.en.md'), summary);
    printReport(file, slug, report);
  } catch (error) {
    if (error instanceof ImportError) fail(error.message);
    throw error;
  }
}

main();
