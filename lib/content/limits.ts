/**
 * What one article may hold. Far above any real news article (the seed is 9 KB, 8 sections,
 * a 100-character headline), low enough that a runaway paste or a broken file is refused with a
 * clear message instead of slowing every tool down. README: "Limits".
 */
export const LIMITS = {
  /** Bytes in `article.ar.md`, `summary.en.md`, or a raw text to import. */
  fileBytes: 2 * 1024 * 1024,
  /** Characters on one line: one paragraph. */
  lineLength: 20_000,
  /** Sections, the lead included. */
  sections: 200,
  /** Characters in a headline (either language). */
  headline: 300,
} as const;

const KIB = 1024;

/** Why a file of `bytes` is refused, or null. */
export function fileSizeProblem(bytes: number): string | null {
  if (bytes <= LIMITS.fileBytes) return null;
  return `the file is ${Math.ceil(bytes / KIB)} KiB, over the limit of ${LIMITS.fileBytes / KIB} KiB`;
}

/** The lines longer than the limit, as `[line number, length]`. */
export function overlongLines(text: string): [line: number, length: number][] {
  const found: [number, number][] = [];
  let line = 1;
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text.charCodeAt(i) === 10) {
      if (i - start > LIMITS.lineLength) found.push([line, i - start]);
      line += 1;
      start = i + 1;
    }
  }
  return found;
}
