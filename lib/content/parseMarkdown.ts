import type { Heading, Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { toString } from 'mdast-util-to-string';
import { frontmatter } from 'micromark-extension-frontmatter';
import { ASCII_ID } from './articleFolder';
import { ContentError } from './ContentError';

/** A `## Heading {#id}` block and the paragraphs under it. */
export interface RawSection {
  id: string;
  heading: string;
  line: number;
  paragraphs: string[];
}

/** The shape shared by an article file and its summary file. */
export interface RawDocument {
  /** YAML between the `---` fences, and the file line its first row sits on. */
  frontmatter: { text: string; line: number } | null;
  /** Paragraphs before the first heading, with the line of the first one. */
  intro: { paragraphs: string[]; line: number };
  sections: RawSection[];
}

const ID_SUFFIX = /\s*\{#([^}]*)\}\s*$/;
/** An editor's note: a whole line `<!-- … -->`, never shown to readers. */
const LINE_COMMENT = /^<!--(?:(?!-->)[^\n])*-->$/;

/** Soft line breaks inside a paragraph are spaces in Arabic prose too. */
function paragraphText(node: RootContent): string {
  return toString(node).replace(/\s*\n\s*/g, ' ').trim();
}

function lineOf(node: { position?: { start: { line: number } } }): number {
  return node.position?.start.line ?? 1;
}

function describe(node: RootContent): string {
  if (node.type === 'heading') return `a level-${node.depth} heading (sections use "## ")`;
  return `unsupported Markdown (${node.type}); write plain paragraphs and "## " headings`;
}

/** A `## heading {#id}`, or the reason it is not one. */
function readHeading(node: Heading): Pick<RawSection, 'id' | 'heading' | 'line'> | { line: number; problem: string } {
  const line = lineOf(node);
  const text = paragraphText(node);
  const match = ID_SUFFIX.exec(text);
  if (!match) return { line, problem: `section heading "${text}" has no id: end it with {#an-ascii-id}` };
  const id = match[1] ?? '';
  if (!ASCII_ID.test(id)) return { line, problem: `section id "${id}" must be lowercase ASCII letters, digits and hyphens` };
  const heading = text.slice(0, match.index).trim();
  if (!heading) return { line, problem: `section "${id}" has an empty heading` };
  return { id, heading, line };
}

/** A comment inside a paragraph would be shown to readers: notes go on a line of their own. */
function inlineComment(node: RootContent): boolean {
  return 'children' in node && node.children.some((child) => child.type === 'html' && child.value.startsWith('<!--'));
}

/**
 * Parses a content Markdown file into frontmatter, intro paragraphs and `##` sections.
 * Anything else (lists, quotes, other heading levels, misplaced comments) is a problem, never
 * silently dropped: each is added to `problems`, so an editor sees them all at once.
 */
export function parseMarkdown(file: string, source: string, problems: ContentError[]): RawDocument {
  const text = source.replace(/^\uFEFF/, '');
  const tree: Root = fromMarkdown(text, {
    extensions: [frontmatter(['yaml'])],
    mdastExtensions: [frontmatterFromMarkdown(['yaml'])],
  });

  const doc: RawDocument = { frontmatter: null, intro: { paragraphs: [], line: 1 }, sections: [] };
  const ids = new Map<string, number>();
  let current: RawSection | null = null;

  for (const node of tree.children) {
    if (node.type === 'yaml') {
      doc.frontmatter = { text: node.value, line: lineOf(node) + 1 };
    } else if (node.type === 'heading' && node.depth === 2) {
      const head = readHeading(node);
      if ('problem' in head) {
        problems.push(new ContentError(file, head.line, head.problem));
        continue;
      }
      const seen = ids.get(head.id);
      if (seen) problems.push(new ContentError(file, head.line, `duplicate section id "${head.id}" (first used on line ${seen})`));
      ids.set(head.id, head.line);
      current = { ...head, paragraphs: [] };
      doc.sections.push(current);
    } else if (node.type === 'html' && node.value.startsWith('<!--')) {
      // An editor's note (the importer leaves TODOs this way), never shown to readers; one that
      // does not close on its line would hide every heading and paragraph after it.
      if (!LINE_COMMENT.test(node.value.trim())) {
        problems.push(new ContentError(file, lineOf(node), 'a comment must open and close on one line: <!-- … -->'));
      }
    } else if (node.type === 'paragraph' && inlineComment(node)) {
      problems.push(new ContentError(file, lineOf(node), 'a comment inside a paragraph would be shown to readers: put it on its own line'));
    } else if (node.type === 'paragraph' || node.type === 'html') {
      // Raw HTML is kept as literal text: React escapes it, so it renders inert and nothing is lost.
      const target = current ? current.paragraphs : doc.intro.paragraphs;
      if (!current && target.length === 0) doc.intro.line = lineOf(node);
      target.push(paragraphText(node));
    } else {
      problems.push(new ContentError(file, lineOf(node), describe(node)));
    }
  }
  return doc;
}
