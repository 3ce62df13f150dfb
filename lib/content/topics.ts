import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { CONTENT_ROOT } from './articleFolder';
import { ASCII_ID } from './schema';
import { bidiControls } from './bidiControls';
import { ContentError, throwCollected } from './ContentError';

/** content/topics.yaml: every topic declared once, with its names in both languages. */
export const TOPICS_FILE = path.join(CONTENT_ROOT, 'topics.yaml');

export interface Topic {
  slug: string;
  ar: string;
  en: string;
}

const name = z.string().trim().min(1, 'must not be empty').max(80, 'must be at most 80 characters');
const TopicsSchema = z.record(
  z.string().regex(ASCII_ID, 'topic slugs are lowercase ASCII letters, digits and hyphens'),
  z.strictObject({ ar: name, en: name }),
);

/** Parses the registry; errors name the file and line. */
export function parseTopics(file: string, text: string): Topic[] {
  throwCollected(bidiControls(file, text));
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line;
  const yamlError = doc.errors[0];
  if (yamlError) throw ContentError.at(file, lineAt(yamlError.pos[0]), `invalid YAML: ${yamlError.message.split('\n')[0]}`);
  const result = TopicsSchema.safeParse(doc.toJS({ maxAliasCount: 0 }) ?? {});
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const node = doc.getIn(issue.path.slice(0, 1).map(String), true) as { range?: number[] } | undefined;
    const field = issue.path.map(String).join('.') || 'topics';
    throw ContentError.at(file, lineAt(node?.range?.[0] ?? 0), `"${field}" ${issue.message}`);
  }
  return Object.entries(result.data).map(([slug, names]) => ({ slug, ...names }));
}

/** The declared topics (none if the file does not exist yet). */
export function readTopics(file = TOPICS_FILE): Topic[] {
  // turbopackIgnore: a path given at run time must not make the build trace the whole project.
  if (!existsSync(/*turbopackIgnore: true*/ file)) return [];
  return parseTopics(path.relative(process.cwd(), file), readFileSync(/*turbopackIgnore: true*/ file, 'utf8'));
}
