import type { VersionNote } from './versionStore';

/** What a publish asks to say of a change: a public note (Arabic, and English), or a minor fix. */
export interface CorrectionFlags {
  note?: string;
  noteEn?: string;
  minor?: boolean;
}

/** What `content:publish` does with an article's history: keep a new version, nothing, or refuse. */
export type PublishDecision =
  | { kind: 'keep'; note: VersionNote | null; minor: boolean; first: boolean }
  | { kind: 'unchanged'; version: number }
  | { kind: 'refuse'; message: string };

/**
 * Decides from the hash of the article's files now and of its latest kept version (null: none
 * kept yet). The first version needs no note (a note there would describe nothing); a changed
 * published article needs `--note` (Arabic, `--note-en` for the English UI) or `--minor`.
 */
export function publishDecision(
  slug: string,
  { now, latest }: { now: string; latest: { version: number; hash: string } | null },
  { note, noteEn, minor = false }: CorrectionFlags,
): PublishDecision {
  const said = note?.trim();
  const saidEn = noteEn?.trim();
  if (saidEn && !said) return refuse(`--note-en needs --note: the note is said in Arabic first, as the article is`);
  if (said && minor) return refuse('--note or --minor, not both: a minor fix has no public note');
  if (!latest) {
    if (said) return refuse(`${slug} has no earlier version kept: there is nothing for a note to correct`);
    return { kind: 'keep', note: null, minor: false, first: true };
  }
  if (latest.hash === now) return { kind: 'unchanged', version: latest.version };
  if (!said && !minor) {
    return refuse(
      `${slug} changed since version ${latest.version}, and readers must be told: say what changed with ` +
        `--note "…" (Arabic; --note-en "…" for the English UI), or use --minor for a typo or formatting`,
    );
  }
  return { kind: 'keep', note: said ? { ar: said, ...(saidEn ? { en: saidEn } : {}) } : null, minor, first: false };
}

const refuse = (message: string): PublishDecision => ({ kind: 'refuse', message });
