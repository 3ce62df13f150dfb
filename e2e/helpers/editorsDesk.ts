import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { E2E_BUILD_ENV } from '../buildEnv.mjs';

/**
 * The article the publishing flows publish and correct: a draft fixture about a bridge, put into
 * a copy of content/ that a server of the flow's own reads (never content/ itself).
 */
export const BRIDGE = {
  slug: 'fixture-bridge',
  headline: { ar: 'افتتاح جسر جديد فوق نهر الدانوب', en: 'A new bridge opens over the Danube' },
  /** Its date, in its draft's frontmatter (a publish keeps a date the draft has). */
  date: '2025-05-31',
};

/** What an editor says of the bridge's corrected length: the public note, in both UI languages. */
export const BRIDGE_NOTE = [
  '--note',
  'ذكرت نسخة سابقة من هذا المقال طولاً آخر للجسر.',
  '--note-en',
  'An earlier version of this article gave another length for the bridge.',
];

/** What `npm run content:publish` printed, and how it ended. */
export interface PublishRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * An editor at work on a copy of content/ (in a temporary folder, with the bridge's draft in it;
 * never content/ itself): publishes through a running server, as `npm run content:publish` does,
 * and corrects the bridge. `remove()` deletes the copy.
 */
export class EditorsDesk {
  readonly contentRoot: string;

  constructor(prefix: string) {
    this.contentRoot = mkdtempSync(path.join(tmpdir(), prefix));
    cpSync('content', this.contentRoot, { recursive: true });
    const draft = path.join(__dirname, '..', 'fixtures', 'publish', BRIDGE.slug);
    cpSync(draft, path.join(this.contentRoot, 'articles', BRIDGE.slug), { recursive: true });
  }

  /** `npm run content:publish -- <slug> [flags]` told to `serverUrl`, with `secret` (none: unset). */
  publish(
    serverUrl: string,
    secret: string | undefined,
    flags: string[] = [],
    slug = BRIDGE.slug,
  ): Promise<PublishRun> {
    const env: NodeJS.ProcessEnv = { ...process.env, ...E2E_BUILD_ENV, QARI_CONTENT_ROOT: this.contentRoot };
    env.QARI_SERVER_URL = serverUrl;
    if (secret) env.QARI_PUBLISH_SECRET = secret;
    else delete env.QARI_PUBLISH_SECRET;
    const tsx = path.join(process.cwd(), 'node_modules', 'tsx', 'dist', 'cli.mjs');
    return new Promise((resolve) => {
      const child = spawn(process.execPath, [tsx, 'scripts/content/publish.ts', slug, ...flags], { env });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk) => (stdout += chunk));
      child.stderr.on('data', (chunk) => (stderr += chunk));
      child.on('exit', (status) => resolve({ status, stdout, stderr }));
    });
  }

  /** Replaces the bridge's length in both of its files: an editor's correction. */
  correct(from: string, to: string) {
    for (const file of ['article.ar.md', 'summary.en.md']) {
      const target = path.join(this.contentRoot, 'articles', BRIDGE.slug, file);
      writeFileSync(target, readFileSync(target, 'utf8').replaceAll(from, to));
    }
  }

  remove() {
    rmSync(this.contentRoot, { recursive: true, force: true });
  }
}
