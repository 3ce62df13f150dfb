// npm run content:publish -- <slug> [--date YYYY-MM-DD] [--note "…" [--note-en "…"] | --minor]
// Publishes a draft: refuses (exit 1, every reason with file:line) while the article has errors,
// TODOs, sections without their English summary, or summary numbers the Arabic does not have;
// otherwise removes `draft: true`, sets `date` (today, or --date) if it has none, and says so.
// Every publish keeps the article's files as a new version in its history (lib/history/); run
// on a published article that changed, it requires --note (the correction readers are told,
// Arabic; --note-en for the English UI) or --minor (kept, no public note), and refuses otherwise,
// changing nothing. With QARI_SERVER_URL, it then tells that running server (QARI_PUBLISH_SECRET),
// which makes the article, the lists, feeds, sitemap and search show it without a build. With
// --at <time> (ISO 8601 with its offset), a finished draft goes live by itself at that time
// (every server watches the schedule; one publishes); --cancel takes the time back.
import { renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { articleFiles, CONTENT_DIR } from '../../lib/content/articleFolder';
import { ASCII_ID } from '../../lib/content/schema';
import { checkArticle, formatFinding, type Finding } from '../../lib/editorial/checkContent';
import { articleFileTexts, hashOfFiles } from '../../lib/content/contentHash';
import { readArticleFolder } from '../../lib/content/readArticleFolder';
import { publishDecision } from '../../lib/history/publishDecision';
import { recordVersion, VersionConflict, versionsOf } from '../../lib/history/versionStore';
import { publishFrontmatter, today } from '../../lib/editorial/publishFrontmatter';
import { atProblem, cancelSchedule, schedulePublish } from '../../lib/publishing/scheduleFiles';
import { askServer, tellServer } from '../../lib/publishing/tellServer';

const USAGE =
  'usage: npm run content:publish -- <slug> [--date YYYY-MM-DD] [--note "…" [--note-en "…"] | --minor] [--at <time> | --cancel]';

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

const OPTIONS = {
  date: { type: 'string' },
  note: { type: 'string' },
  'note-en': { type: 'string' },
  minor: { type: 'boolean' },
  at: { type: 'string' },
  cancel: { type: 'boolean' },
} as const;

function parse() {
  try {
    return parseArgs({ options: OPTIONS, allowPositionals: true });
  } catch (error) {
    return fail(`${(error as Error).message}\n${USAGE}`, 2);
  }
}
const parsed = parse();
const [slug, ...extra] = parsed.positionals;
const chosen = parsed.values.date;
if (!slug || extra.length || !ASCII_ID.test(slug)) fail(USAGE, 2);
if (chosen !== undefined && (!/^\d{4}-\d{2}-\d{2}$/.test(chosen) || Number.isNaN(Date.parse(chosen)))) {
  fail(`content:publish: --date must be a date written YYYY-MM-DD, not "${chosen}"`, 2);
}

// Taking a scheduled publish back needs nothing of the article: a draft stays a draft, a held
// correction's files go back into its folder.
if (parsed.values.cancel) {
  if (!cancelSchedule(slug))
    fail(`content:publish: nothing is scheduled for ${slug} (or a server has begun to publish it)`);
  console.log(`content:publish: the scheduled publish of ${slug} is cancelled; its files are as you left them.`);
  process.exit(0);
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

/** What the editor says of a change: --note, --note-en, --minor. */
const flags = () => ({ note: parsed.values.note, noteEn: parsed.values['note-en'], minor: parsed.values.minor });

/**
 * Keeps `files` as the article's next version when the history says so; exits 1 (having kept
 * and changed nothing) when it refuses. Returns what was kept, or null when nothing changed.
 */
async function keepVersion(files: (string | null)[]) {
  const versions = await versionsOf(slug!);
  const latest = versions.at(-1) ?? null;
  const decision = publishDecision(slug!, { now: hashOfFiles(files), latest }, flags());
  if (decision.kind === 'refuse') fail(`content:publish: ${decision.message}; nothing was changed.`);
  if (decision.kind === 'unchanged') return null;
  try {
    return await recordVersion(slug!, { files, at: new Date().toISOString(), note: decision.note, minor: decision.minor });
  } catch (error) {
    if (error instanceof VersionConflict) fail(`content:publish: ${error.message}`);
    throw error;
  }
}

const described = (version: { version: number; note: { ar: string } | null; minor: boolean }) =>
  `kept as version ${version.version}${version.note ? ` with the note “${version.note.ar}”` : version.minor ? ' (a minor fix: no public note)' : ''}`;

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
  const files = articleFileTexts(CONTENT_DIR, slug!);
  const at = parsed.values.at;
  if (at !== undefined) {
    // Ready now, live then: every server publishes it by itself at that time (lib/publishing/schedule.mjs).
    const problem = atProblem(at);
    if (problem) fail(`content:publish: ${problem}`, 2);
    let held;
    if (!article.draft) {
      // A correction: what it says is decided now; its files wait in the schedule.
      const versions = await versionsOf(slug!);
      const latest = versions.at(-1);
      if (!latest) fail(`content:publish: ${slug} has no kept version to hold readers on until ${at}`);
      const decision = publishDecision(slug!, { now: hashOfFiles(files), latest }, flags());
      if (decision.kind === 'refuse') fail(`content:publish: ${decision.message}; nothing was changed.`);
      if (decision.kind === 'unchanged') fail(`content:publish: ${slug} has not changed since version ${latest.version}: nothing to schedule`);
      held = { correction: { files, note: decision.note, minor: decision.minor }, published: latest.files };
    }
    await schedulePublish(slug!, at, held);
    console.log(
      `content:publish: ${slug} goes live at ${at} (${new Date(at).toISOString()}), published by whichever server ` +
        `reaches that time first; until then readers see ${held ? 'the version published now (your files are held with the schedule)' : 'nothing of it'}. ` +
        'Take it back with --cancel.',
    );
    return;
  }
  if (!article.draft && !chosen) {
    const kept = await keepVersion(files);
    const published = `content:publish: ${slug} is already published${article.date ? ` (${article.date})` : ''}`;
    if (!kept) console.log(`${published}; nothing changed since its last version.`);
    else console.log(`${published}: ${described(kept)}${server ? '; announcing its correction.' : '.'}`);
    await announce();
    return;
  }

  const { text, changes } = publishFrontmatter(files[0]!, chosen ?? today(), chosen !== undefined);
  // The version is kept before the file changes: a publish refused (or that lost a race to
  // another) leaves the article as it was.
  const kept = await keepVersion([text, ...files.slice(1)]);
  // Written beside the file, then renamed over it: a reader of the folder never sees half a file.
  const temporary = `${articleFile}.publish-${process.pid}`;
  writeFileSync(temporary, text, { flag: 'wx' });
  renameSync(temporary, articleFile);
  console.log(
    [
      `content:publish: published ${slug}${kept ? `, ${described(kept)}` : ''}`,
      `  ${shown}:`,
      ...changes.map((c) => `    ${c}`),
    ].join('\n'),
  );
  await announce();
}

void main();
