// npm run build, before `next build`: reads every article once and writes the content index
// (lib/content/articleIndex.ts) into the build directory's cache, so the build's workers and
// the server start from it instead of each parsing the whole library again.
import { content } from '../../lib/content/source/contentSource';

Object.assign(process.env, { NODE_ENV: 'production' });
const started = performance.now();
const count = content().listEntries().length;
console.log(`content index: ${count} published articles in ${((performance.now() - started) / 1000).toFixed(1)} s`);
