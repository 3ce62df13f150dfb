import { z } from 'zod';
import type { GlossaryEntry } from './glossary';
import { LIMITS } from './limits';

/** Slugs, section ids and topics: lowercase ASCII words joined by hyphens (they are URLs and #ids). */
export const ASCII_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const text = z.string().trim().min(1, 'must not be empty');
const headline = text.max(LIMITS.headline, `must be at most ${LIMITS.headline} characters`);
/** Only web addresses: a `javascript:`, `data:` or `file:` link would run or read something. */
const webAddress = z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// address' });

/** The YAML frontmatter of `article.ar.md`. Unknown keys are errors, so typos surface. */
export const FrontmatterSchema = z.strictObject({
  headline: z.strictObject({ ar: headline, en: headline }),
  author: text,
  // Optional: an article that names no source says nothing of one (never "unknown").
  source: z.strictObject({ name: text, url: webAddress.optional() }).optional(),
  date: z.iso.date('must be a date written YYYY-MM-DD').optional(),
  /** Topic slugs, each declared in content/topics.yaml. */
  topics: z.array(z.string().regex(ASCII_ID, 'must be topic slugs (lowercase ASCII, hyphens)')).default([]),
  draft: z.boolean().default(false),
});

export type Frontmatter = z.infer<typeof FrontmatterSchema>;

/**
 * Where a block is in its file (1-based lines), kept from the parse so that findings name their
 * lines without anyone reading the file again.
 */
export interface SourceLines {
  /** The `## … {#id}` heading's line; for the lead, its first paragraph's. */
  heading: number;
  /** The line each paragraph starts on, in order. */
  paragraphs: number[];
}

export interface SectionSummary {
  title: string;
  paragraphs: string[];
  /** In summary.en.md. */
  lines: SourceLines;
}

export interface ArticleSection {
  /** ASCII, unique in the article; the lead's id is always `lead`. */
  id: string;
  /** The Arabic heading, verbatim; null for the lead, whose heading comes from the UI messages. */
  heading: string | null;
  paragraphs: string[];
  summary: SectionSummary | null;
  /** In article.ar.md, and its summary heading's line in summary.en.md (written or not yet). */
  lines: SourceLines & { summaryHeading?: number };
}

export interface Article extends Frontmatter {
  slug: string;
  /** The terms a learner may tap for their English gloss (`glossary.en.yaml`); empty without one. */
  glossary: GlossaryEntry[];
  /** The article-level English summary; null until an editor writes it. */
  summary: string[] | null;
  /** The line each of the article summary's paragraphs starts on, in summary.en.md. */
  summaryLines: number[];
  /** The lead first, then each `##` section in order. */
  sections: ArticleSection[];
}

export const LEAD_ID = 'lead';
