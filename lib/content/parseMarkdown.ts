import MarkdownIt from 'markdown-it';
import { ContentProblem } from './ContentError';
import { ASCII_ID } from './schema';

/** A `## Heading {#id}` block and the paragraphs under it. */
export interface RawSection {
  id: string;
  heading: string;
  line: number;
  paragraphs: string[];
  /** The line each paragraph starts on, in the same order. */
  paragraphLines: number[];
}

/** The shape shared by an article file and its summary file. */
export interface RawDocument {
  /** YAML between the `---` fences, and the file line its first row sits on. */
  frontmatter: { text: string; line: number } | null;
  /** Paragraphs before the first heading, with the line each starts on; `line`: the first one's. */
  intro: { paragraphs: string[]; paragraphLines: number[]; line: number };
  sections: RawSection[];
}

const ID_SUFFIX = /\s*\{#([^}]*)\}\s*$/;
/** An editor's note: a whole line `<!-- … -->`, never shown to readers. */
const LINE_COMMENT = /^<!--(?:(?!-->)[^\n])*-->$/;
/** YAML between `---` fences on the file's first lines (the frontmatter convention). */
const FRONTMATTER = /^---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/;

/**
 * CommonMark, exactly (no tables, no typographer, no linkify), from markdown-it: it parses a
 * long file in linear time, several times faster than micromark, and gives each block its lines.
 */
const markdown = new MarkdownIt('commonmark');
type Token = ReturnType<typeof markdown.parse>[number];

const NAMES: Record<string, string> = {
  bullet_list_open: 'list',
  ordered_list_open: 'list',
  blockquote_open: 'blockquote',
  code_block: 'code',
  fence: 'code',
  hr: 'thematicBreak',
};

/** What a reader would read of inline tokens: text, code, raw HTML, image descriptions. */
function inlineText(tokens: readonly Token[] | null): string {
  let text = '';
  for (const token of tokens ?? []) {
    if (token.type === 'softbreak' || token.type === 'hardbreak') text += '\n';
    else if (token.type === 'image') text += inlineText(token.children);
    else if (token.type === 'text' || token.type === 'code_inline' || token.type === 'html_inline') text += token.content;
  }
  return text;
}

/** Soft line breaks inside a paragraph are spaces in Arabic prose too. */
function flatten(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}

/** A `## heading {#id}`, or the reason it is not one. */
function readHeading(text: string, line: number): Pick<RawSection, 'id' | 'heading' | 'line'> | { line: number; problem: string } {
  const match = ID_SUFFIX.exec(text);
  if (!match) return { line, problem: `section heading "${text}" has no id: end it with {#an-ascii-id}` };
  const id = match[1] ?? '';
  if (!ASCII_ID.test(id)) return { line, problem: `section id "${id}" must be lowercase ASCII letters, digits and hyphens` };
  const heading = text.slice(0, match.index).trim();
  if (!heading) return { line, problem: `section "${id}" has an empty heading` };
  return { id, heading, line };
}

/** Splits off the frontmatter, leaving blank lines in its place so every line keeps its number. */
function splitFrontmatter(text: string): { frontmatter: RawDocument['frontmatter']; body: string } {
  const match = FRONTMATTER.exec(text);
  if (!match) return { frontmatter: null, body: text };
  return {
    frontmatter: { text: match[1] ?? '', line: 2 },
    body: match[0].replace(/[^\n]/g, '') + text.slice(match[0].length),
  };
}

/**
 * Parses a content Markdown file into frontmatter, intro paragraphs and `##` sections.
 * Anything else (lists, quotes, other heading levels, misplaced comments, link definitions) is
 * a problem, never silently dropped: each is added to `problems`, so an editor sees them all.
 */
export function parseMarkdown(file: string, source: string, problems: ContentProblem[]): RawDocument {
  const { frontmatter, body } = splitFrontmatter(source.replace(/^\uFEFF/, ''));
  const doc: RawDocument = { frontmatter, intro: { paragraphs: [], paragraphLines: [], line: 1 }, sections: [] };
  const ids = new Map<string, number>();
  const tokens = markdown.parse(body, {});
  const lines = body.split('\n');
  let current: RawSection | null = null;
  /** The next line no block has claimed yet: a line skipped in between was read as nothing. */
  let covered = 0;

  const addParagraph = (text: string, line: number) => {
    const target = current ?? doc.intro;
    if (!current && target.paragraphs.length === 0) doc.intro.line = line;
    target.paragraphs.push(text);
    target.paragraphLines.push(line);
  };

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.level !== 0 || !token.map) continue;
    const [from, to] = token.map;
    const line = from + 1;
    for (let skipped = covered; skipped < from; skipped++) {
      // CommonMark drops link reference definitions ("[x]: /url") without a trace.
      if (lines[skipped]!.trim()) {
        problems.push(new ContentProblem(file, skipped + 1, 'unsupported Markdown (definition); write plain paragraphs and "## " headings'));
        break;
      }
    }
    covered = Math.max(covered, to);
    const inline = tokens[i + 1]?.type === 'inline' ? tokens[i + 1]! : null;

    if (token.type === 'heading_open' && token.tag === 'h2') {
      const head = readHeading(flatten(inlineText(inline?.children ?? null)), line);
      if ('problem' in head) {
        problems.push(new ContentProblem(file, head.line, head.problem));
        continue;
      }
      const seen = ids.get(head.id);
      if (seen) problems.push(new ContentProblem(file, head.line, `duplicate section id "${head.id}" (first used on line ${seen})`));
      ids.set(head.id, head.line);
      current = { ...head, paragraphs: [], paragraphLines: [] };
      doc.sections.push(current);
    } else if (token.type === 'heading_open') {
      problems.push(new ContentProblem(file, line, `a level-${token.tag.slice(1)} heading (sections use "## ")`));
    } else if (token.type === 'html_block' && token.content.startsWith('<!--')) {
      // An editor's note (the importer leaves TODOs this way), never shown to readers; one that
      // does not close on its line would hide every heading and paragraph after it.
      if (!LINE_COMMENT.test(token.content.trim())) {
        problems.push(new ContentProblem(file, line, 'a comment must open and close on one line: <!-- … -->'));
      }
    } else if (token.type === 'html_block') {
      // Raw HTML is kept as literal text: React escapes it, so it renders inert and nothing is lost.
      addParagraph(flatten(token.content), line);
    } else if (token.type === 'paragraph_open') {
      const children = inline?.children ?? [];
      if (children.some((child) => child.type === 'html_inline' && child.content.startsWith('<!--'))) {
        problems.push(new ContentProblem(file, line, 'a comment inside a paragraph would be shown to readers: put it on its own line'));
      } else addParagraph(flatten(inlineText(children)), line);
    } else if (!token.type.endsWith('_close')) {
      problems.push(new ContentProblem(file, line, `unsupported Markdown (${NAMES[token.type] ?? token.type}); write plain paragraphs and "## " headings`));
    }
  }
  for (let skipped = covered; skipped < lines.length; skipped++) {
    if (lines[skipped]!.trim()) {
      problems.push(new ContentProblem(file, skipped + 1, 'unsupported Markdown (definition); write plain paragraphs and "## " headings'));
      break;
    }
  }
  return doc;
}
