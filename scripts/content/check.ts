// npm run content:check [-- <content dir>] [--time]: prints `file:line: level: message` and exits
// 1 on any error; `--time` adds how long the check took.
import { parseArgs } from 'node:util';
import { checkAll, formatFinding } from '../../lib/editorial/checkContent';
import { CONTENT_DIR } from '../../lib/content/articleFolder';

const started = performance.now();
const USAGE = 'usage: npm run content:check -- [<content dir>] [--time]';
let parsed;
try {
  parsed = parseArgs({ options: { time: { type: 'boolean' } }, allowPositionals: true });
} catch (error) {
  console.error(`${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}
const { values, positionals } = parsed;
const dir = positionals[0] ?? CONTENT_DIR;
const { articles, findings } = checkAll(dir);
for (const f of findings) console.log(formatFinding(f));
const errors = findings.filter((f) => f.level === 'error').length;
const warnings = findings.filter((f) => f.level === 'warning').length;
const notes = findings.length - errors - warnings;
const time = values.time ? ` in ${Math.round(performance.now() - started)} ms` : '';
console.log(
  `content:check: ${articles} article(s), ${errors} error(s), ${warnings} warning(s), ${notes} note(s)${time}`,
);
process.exit(errors ? 1 : 0);
