import { escapeMarkdown } from './escapeMarkdown';
import { LIMITS } from '../content/limits';

/**
 * Turns a raw pasted Arabic news text (byline, one paragraph per line, short heading lines,
 * "read more" stubs, blank lines) into the two content files of a draft article, with a
 * report of everything it decided. Nothing is dropped without being quoted in the report.
 */

export class ImportError extends Error {}

export interface ImportReport {
  author: string | null;
  lead: number;
  sections: { id: string; heading: string; line: number }[];
  paragraphs: number;
  dropped: { line: number; text: string }[];
  /** Lines kept as paragraphs that an editor should look at. */
  unsure: { line: number; text: string; why: string }[];
}

export interface ImportResult {
  article: string;
  summary: string;
  report: ImportReport;
}

const BYLINE = /^(?:كتبت?|بقلم|إعداد|تقرير)\s*[:：]?\s*(\S.{0,60})$/;
const STUBS = [
  /^يمكنك قراءة المزيد/,
  /^لمزيد من التفاصيل/,
  /^للمزيد من التفاصيل/,
  /^اقرأ أيضا/,
  /^اقرأ أيضًا/,
  /^اقرأ أيضاً/,
  /^اقرأ المزيد/,
  /^للمزيد اضغط/,
  /^اضغط هنا/,
];
const MAX_STUB_LENGTH = 60;
const MAX_HEADING_WORDS = 14;
const MAX_HEADING_LENGTH = 100;
/** Sentence-final punctuation: a line ending in it is prose. `:` and `؟` may end a heading. */
const SENTENCE_END = /[.!…۔"”»)]$/;
const HTML = /<!doctype html|<(?:html|head|body|p|div|span|br|a|h[1-6]|script|style)\b[^>]*>/i;

interface Line {
  line: number;
  text: string;
}

/** Normalises line ends, BOM, tabs and non-breaking spaces; keeps original line numbers. */
function readLines(raw: string): Line[] {
  return raw
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((text, index) => ({
      line: index + 1,
      text: text
        .replace(/[\t\u00A0\u202F]/g, ' ')
        .replace(/ {2,}/g, ' ')
        .trim(),
    }))
    .filter((line) => line.text !== '');
}

const isStub = (text: string) => text.length <= MAX_STUB_LENGTH && STUBS.some((stub) => stub.test(text));

function looksLikeHeading(text: string): boolean {
  return text.length <= MAX_HEADING_LENGTH && text.split(' ').length <= MAX_HEADING_WORDS && !SENTENCE_END.test(text);
}

const yamlString = (value: string) => JSON.stringify(value);

export function importRawText(raw: string, source = 'the raw text'): ImportResult {
  if (HTML.test(raw)) throw new ImportError(`${source} looks like HTML: paste it as plain text instead`);
  const lines = readLines(raw);
  if (!lines.length) throw new ImportError(`${source} is empty: there is no text to import`);
  const long = lines.find(({ text }) => text.length > LIMITS.lineLength);
  if (long) {
    throw new ImportError(
      `${source} line ${long.line} has ${long.text.length} characters, over the limit of ${LIMITS.lineLength}`,
    );
  }

  const report: ImportReport = { author: null, lead: 0, sections: [], paragraphs: 0, dropped: [], unsure: [] };
  const bylineMatch = BYLINE.exec(lines[0]!.text);
  if (bylineMatch) {
    report.author = bylineMatch[1]!.trim();
    lines.shift();
  }

  // For each line, the next line that is not a stub: one pass from the end keeps import linear.
  const stub = lines.map((line) => isStub(line.text));
  const nextKept: (Line | undefined)[] = new Array(lines.length);
  for (let i = lines.length - 1, after: Line | undefined; i >= 0; i--) {
    nextKept[i] = after;
    if (!stub[i]) after = lines[i];
  }

  const body: string[] = [];
  let inSection = false;
  lines.forEach(({ line, text }, index) => {
    if (stub[index]) {
      report.dropped.push({ line, text });
      return;
    }
    const next = nextKept[index];
    if (looksLikeHeading(text) && next && !looksLikeHeading(next.text)) {
      const id = `section-${report.sections.length + 1}`;
      report.sections.push({ id, heading: text, line });
      body.push(`## ${escapeMarkdown(text)} {#${id}}`);
      inSection = true;
      return;
    }
    if (looksLikeHeading(text)) {
      report.unsure.push({
        line,
        text,
        why: next
          ? 'short line followed by another short line: kept as a paragraph'
          : 'short last line: kept as a paragraph',
      });
    }
    // Escaped, so every character a reader sees is the character in the source.
    body.push(escapeMarkdown(text));
    report.paragraphs += 1;
    if (!inSection) report.lead += 1;
  });
  if (report.paragraphs === 0) throw new ImportError(`${source} has no paragraph of text to import`);
  if (report.sections.length + 1 > LIMITS.sections) {
    throw new ImportError(
      `${source} would make ${report.sections.length + 1} sections, over the limit of ${LIMITS.sections}: is it one article?`,
    );
  }

  const article = [
    '---',
    `# Imported from ${source}. Fill in the TODOs, check the headings, then delete "draft: true" to publish.`,
    'headline:',
    `  ar: ${yamlString('TODO: العنوان بالعربية')}`,
    `  en: ${yamlString('TODO: English headline')}`,
    `author: ${yamlString(report.author ?? 'TODO: اسم الكاتب')}`,
    'source:',
    `  name: ${yamlString('TODO: source name')}`,
    'draft: true',
    '---',
    '',
    body.join('\n\n'),
    '',
  ].join('\n');

  const summary = [
    "<!-- TODO: write the article's English summary here, then each section's under its heading. -->",
    '',
    '## Introduction {#lead}',
    ...report.sections.map((s) => `\n## TODO: English title {#${s.id}}`),
    '',
  ].join('\n');

  return { article, summary, report };
}

/** A readable ASCII slug from the file name, or from the text when the name has none. */
export function slugFromFileName(fileName: string, raw: string): string {
  const base = fileName
    .replace(/\.[^.]+$/, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  if (base) return base;
  let hash = 0;
  for (const char of raw) hash = (hash * 31 + char.codePointAt(0)!) >>> 0;
  return `article-${hash.toString(36)}`;
}
