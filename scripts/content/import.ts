// npm run content:import -- <file or folder> [--slug <slug>] [--force]
// Writes content/articles/<slug>/ as a draft for one raw text, or for every .txt in a folder,
// and prints what it found. A refused file writes nothing; in a folder, the others go on.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { CONTENT_DIR } from '../../lib/content/articleFolder';
import { ASCII_ID } from '../../lib/content/schema';
import { ImportError, importRawText, slugFromFileName, type ImportReport } from '../../lib/editorial/importRawText';
import { fileSizeProblem } from '../../lib/content/limits';
import { FolderExistsError, writeArticleFolder } from '../../lib/editorial/writeArticleFolder';

const USAGE = 'usage: npm run content:import -- <file.txt or folder> [--slug <slug>] [--force]';
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

class Refused extends Error {}

function reportLines(file: string, slug: string, report: ImportReport): string[] {
  return [
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
  ];
}

/** Imports one raw text file; throws Refused with the reason, having written nothing. */
function importFile(file: string, slugOption: string | undefined, force: boolean): string[] {
  if (!existsSync(file)) throw new Refused(`${file}: no such file`);
  const bytes = readFileSync(file);
  const tooLarge = fileSizeProblem(bytes.length);
  if (tooLarge) throw new Refused(`${file}: ${tooLarge}`);
  let raw: string;
  try {
    raw = STRICT_UTF8.decode(bytes);
  } catch {
    throw new Refused(`${file} is not UTF-8 text: save it as UTF-8 and try again`);
  }
  const slug = slugOption ?? slugFromFileName(path.basename(file), raw);
  if (!ASCII_ID.test(slug)) throw new Refused(`slug "${slug}" must be lowercase ASCII letters, digits and hyphens`);
  const exists = `content/articles/${slug} exists already: choose another --slug, or --force`;
  if (existsSync(path.join(CONTENT_DIR, slug)) && !force) throw new Refused(exists);
  try {
    const { article, summary, report } = importRawText(raw, path.basename(file));
    writeArticleFolder(CONTENT_DIR, slug, { article, summary }, force);
    return reportLines(file, slug, report);
  } catch (error) {
    if (error instanceof ImportError) throw new Refused(error.message);
    if (error instanceof FolderExistsError) throw new Refused(exists);
    throw error;
  }
}

function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { slug: { type: 'string' }, force: { type: 'boolean', default: false } },
  });
  const target = positionals[0];
  if (!target || positionals.length > 1) {
    console.error(`content:import: ${USAGE}`);
    process.exit(1);
  }
  const folder = existsSync(target) && statSync(target).isDirectory();
  if (folder && values.slug) {
    console.error('content:import: --slug names one article: import a folder without it');
    process.exit(1);
  }
  const files = folder
    ? readdirSync(target)
        .filter((name) => name.endsWith('.txt'))
        .sort()
        .map((name) => path.join(target, name))
    : [target];
  if (!files.length) {
    console.error(`content:import: ${target} has no .txt file to import`);
    process.exit(1);
  }

  let refused = 0;
  for (const file of files) {
    try {
      console.log(importFile(file, values.slug, values.force).join('\n'));
    } catch (error) {
      if (!(error instanceof Refused)) throw error;
      refused += 1;
      console.error(`content:import: refused ${error.message}`);
    }
  }
  const imported = files.length - refused;
  if (folder) console.log(`content:import: ${imported} imported, ${refused} refused, of ${files.length} file(s)`);
  if (imported) {
    console.log('Next: fill in the TODOs (npm run content:check lists them), preview with npm run dev.');
  }
  process.exit(refused ? 1 : 0);
}

main();
