import { z } from 'zod';
import { ASCII_ID } from './articleFolder';
import type { GlossaryEntry } from './glossary';
import { LIMITS } from './limits';

const text = z.string().trim().min(1, 'must not be empty');
const headline = text.max(LIMITS.headline, `must be at most ${LIMITS.headline} characters`);
/** Only web addresses: a `javascript:`, `data:` or `file:` link would run or read something. */
const webAddress = z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// address' });

/** The YAML frontmatter of `article.ar.md`. Unknown keys are errors, so typos surface. */
export const FrontmatterSchema = z.strictObject({
  headline: z.strictObject({ ar: headline, en: headline }),
  author: text,
  source: z.strictObject({ name: text, url: webAddress.optional() }),
  date: z.iso.date('must be a date written YYYY-MM-DD').optional(),
  /** Topic slugs, each declared in content/topics.yaml. */
  topics: z.array(z.string().regex(ASCII_ID, 'must be topic slugs (lowercase ASCII, hyphens)')).default([]),
  draft: z.boolean().default(false),
});

export type Frontmatter = z.infer<typeof FrontmatterSchema>;

export interface SectionSummary {
  title: string;
  paragraphs: string[];
}

export interface ArticleSection {
  /** ASCII, unique in the article; the lead's id is always `lead`. */
  id: string;
  /** The Arabic heading, verbatim; null for the lead, whose heading comes from the UI messages. */
  heading: string | null;
  paragraphs: string[];
  summary: SectionSummary | null;
}

export interface Article extends Frontmatter {
  slug: string;
  /** The terms a learner may tap for their English gloss (`glossary.en.yaml`); empty without one. */
  glossary: GlossaryEntry[];
  /** The article-level English summary; null until an editor writes it. */
  summary: string[] | null;
  /** The lead first, then each `##` section in order. */
  sections: ArticleSection[];
}

export const LEAD_ID = 'lead';
