/**
 * Publishing an article edits two lines of its frontmatter and nothing else: the `draft: true`
 * line goes, and a `date:` line is added (or set, when a date is chosen). Every other byte of
 * the file, the Arabic above all, stays as it was: no YAML round trip, no reformatting.
 */
const FENCE = /^(\uFEFF?---[ \t]*\r?\n)([\s\S]*?\r?\n)?(---[ \t]*(?:\r?\n|$))/;
const DRAFT_LINE = /^draft:[ \t]*true[ \t]*(?:#.*)?\r?\n/m;
const DATE_LINE = /^date:[ \t]*(.*?)[ \t]*(\r?\n)/m;

export interface Published {
  text: string;
  /** What changed, as `- line` / `+ line`, for the editor to read. */
  changes: string[];
}

/** The file published: `date` (YYYY-MM-DD) is written if the file has none or one is chosen. */
export function publishFrontmatter(text: string, date: string, chosen: boolean): Published {
  const fence = FENCE.exec(text);
  if (!fence) throw new Error('no frontmatter');
  const [whole, open = '', body = '', close = ''] = fence;
  const newline = open.endsWith('\r\n') ? '\r\n' : '\n';
  let front = body;
  const changes: string[] = [];
  const draft = DRAFT_LINE.exec(front);
  if (draft) {
    front = front.replace(DRAFT_LINE, '');
    changes.push(`- ${draft[0].trimEnd()}`);
  }
  const existing = DATE_LINE.exec(front);
  if (existing && chosen && existing[1] !== date) {
    front = front.replace(DATE_LINE, `date: ${date}$2`);
    changes.push(`- ${existing[0].trimEnd()}`, `+ date: ${date}`);
  } else if (!existing) {
    front = `${front}date: ${date}${newline}`;
    changes.push(`+ date: ${date}`);
  }
  return { text: `${open}${front}${close}${text.slice(whole.length)}`, changes };
}

/** Today on the editor's machine, YYYY-MM-DD. */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
