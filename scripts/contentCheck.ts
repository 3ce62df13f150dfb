// npm run content:check [-- <content dir>]: prints `file:line: level: message` and exits 1 on any error.
import { checkAll } from '../lib/content/checkContent';
import { CONTENT_DIR } from '../lib/content/articleFolder';

const dir = process.argv[2] ?? CONTENT_DIR;
const { articles, findings } = checkAll(dir);
for (const f of findings) console.log(`${f.file}${f.line ? `:${f.line}` : ''}: ${f.level}: ${f.message}`);
const errors = findings.filter((f) => f.level === 'error').length;
console.log(`content:check: ${articles} article(s), ${errors} error(s), ${findings.length - errors} warning(s)`);
process.exit(errors ? 1 : 0);
