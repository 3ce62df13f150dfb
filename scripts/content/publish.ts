// npm run content:publish -- <slug> [--date YYYY-MM-DD]
// Publishes a draft: refuses (exit 1, every reason with file:line) while the article has errors,
// TODOs, sections without their English summary, or summary numbers the Arabic does not have;
// otherwise removes `draft: true`, sets `date` (today, or --date) if it has none, and says so.
// With QARI_SERVER_URL, it then tells that running server (QARI_PUBLISH_SECRET), which makes
// the article, the lists, feeds, sitemap and search show it without a build; run on an article
// already published, it announces a correction the same way.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { articleFiles, CONTENT_DIR } from '../../lib/content/articleFolder';
import { ASCII_ID } from '../../lib/content/schema';
import { checkArticle, formatFinding, type Finding } from '../../lib/editorial/checkContent';
import { readArticleFolder } from '../../lib/content/loadArticles';
import { publishFrontmatter, today } from '../../lib/editorial/publishFrontmatter';
import { askServer, tellServer } from '../../lib/publishing/tellServer';

const USAGE = 'usage: npm run content:publish -- <slug> [--date YYYY-MM-DD]';

function fail(message: string, code = 1): never {
  console.error(message);
  process.exit(code);
}

/** What keeps an article from readers: all errors, and the warnings that mean "not finished". */
function blocks(finding: Finding): boolean {
  if (finding.level === 'error') return true;
  if (finding.level !== 'warning') return false;
  return /^TODO left|no English summary|summary is not written|the summary mentions /.test(finding.message);
}

let parsed;
try {
  parsed = parseArgs({ options: { date: { type: 'string' } }, allowPositionals: true });
} catch (error) {
  fail(`${(error as Error).message}\n${USAGE}`, 2);
}
const [slug, ...extra] = parsed.positionals;
const chosen = parsed.values.date;
if (!slug || extra.length || !ASCII_ID.test(slug)) fail(USAGE, 2);
if (chosen !== undefined && (!/^\d{4}-\d{2}-\d{2}$/.test(chosen) || Number.isNaN(Date.parse(chosen)))) {
  fail(`content:publish: --date must be a date written YYYY-MM-DD, not "${chosen}"`, 2);
}

const { article: articleFile } = articleFiles(CONTENT_DIR, slug);
const shown = path.relative(process.cwd(), articleFile);
const findings = checkArticle(CONTENT_DIR, slug);
if (findings.some((f) => f.message.startsWith('missing: every article folder'))) {
  fail(`content:publish: no article "${slug}" in ${path.relative(process.cwd(), CONTENT_DIR)}/`);
}
const reasons = findings.filter(blocks);
if (reasons.length) {
  fail(
    [
      `content:publish: ${slug} is not ready (${reasons.length} reason(s)):`,
      ...reasons.map((f) => `  ${formatFinding(f)}`),
    ].join('\n'),
  );
}
const server = process.env.QARI_SERVER_URL;

/** Tells the running server, if there is one; exits non-zero when it refused or did not answer. */
async function announce() {
  if (!server) return;
  const { ok, lines } = await tellServer(server, slug!, process.env.QARI_PUBLISH_SECRET);
  console[ok ? 'log' : 'error'](lines.map((line) => `  ${line}`).join('\n'));
  if (!ok) process.exit(1);
}

async function main() {
  if (server) {
    // Nothing is changed when the server could not take the publish (wrong secret, Redis down).
    const ready = await askServer(server, process.env.QARI_PUBLISH_SECRET);
    if (!ready.ok) {
      console.error(
        [`content:publish: ${slug}: nothing was changed.`, ...ready.lines.map((line) => `  ${line}`)].join('\n'),
      );
      process.exit(1);
    }
  }
  const article = readArticleFolder(CONTENT_DIR, slug!)!;
  if (!article.draft && !chosen) {
    const published = `content:publish: ${slug} is already published${article.date ? ` (${article.date})` : ''}`;
    console.log(server ? `${published}: announcing its correction.` : `${published}; nothing changed.`);
    await announce();
    return;
  }

  const before = readFileSync(articleFile, 'utf8');
  const { text, changes } = publishFrontmatter(before, chosen ?? today(), chosen !== undefined);
  // Written beside the file, then renamed over it: a reader of the folder never sees half a file.
  const temporary = `${articleFile}.publish-${process.pid}`;
  writeFileSync(temporary, text, { flag: 'wx' });
  renameSync(temporary, articleFile);
  console.log([`content:publish: published ${slug}`, `  ${shown}:`, ...changes.map((c) => `    ${c}`)].join('\n'));
  await announce();
}

void main();
