import { CONTENT_DIRS } from '../articleFolder';
import { indexFile, readIndexFile, refreshIndex, writeIndexFile, type IndexState } from '../articleIndex';
import { publishedElsewhere } from '../publishMarker';
import { readArticleFolder } from '../readArticleFolder';
import { readTopics, type Topic } from '../topics';

/**
 * What a production server knows of the content: the articles' index (lib/content/articleIndex.ts)
 * and the topics, read once and kept current as publishes land, here or on another server.
 */
interface Published extends IndexState {
  file: string;
  topics: Topic[];
}

// Process-wide, on globalThis: the proxy and each route are bundled apart but run in one
// process, and must agree on what is published.
const STATE = Symbol.for('qari.contentIndex');
type Global = typeof globalThis & { [STATE]?: Published };

/** Re-reads what changed since `state` last looked (all of it the first time); how many articles it parsed. */
function refresh(state: Published): number {
  const topics = readTopics();
  const known = new Set(topics.map((topic) => topic.slug));
  const before = state.version;
  const parsed = refreshIndex(state, CONTENT_DIRS, (dir, slug) => readArticleFolder(dir, slug, known));
  state.topics = topics;
  if (state.version !== before) writeIndexFile(state.file, state.known);
  return parsed;
}

/** The published content as this server knows it, after following any publish made elsewhere. */
export function publishedIndex(): Published {
  const global = globalThis as Global;
  const current = global[STATE];
  if (current) {
    if (publishedElsewhere()) followPublish(current);
    return current;
  }
  // Notes the publish marker before reading, so a publish during the read is followed.
  publishedElsewhere();
  // Starts from the build's saved index, then checks every article's stamp once.
  const file = indexFile(process.env.QARI_DIST_DIR || '.next', CONTENT_DIRS);
  const state: Published = { version: 0, known: readIndexFile(file), file, topics: [] };
  refresh(state);
  global[STATE] = state;
  return state;
}

/** Another server published: re-read, keeping the last good library if the content is broken. */
function followPublish(state: Published) {
  try {
    refresh(state);
  } catch (error) {
    console.error('content changed on disk but does not load; readers keep the last good version', error);
  }
}

/** A publish reached this server: re-read now; a broken article throws and the last good library stays. */
export const followPublishHere = (): number => refresh(publishedIndex());
