import { isNode, LineCounter, parseDocument } from 'yaml';
import type { core } from 'zod';
import { ContentError } from './ContentError';
import { FrontmatterSchema, type Frontmatter } from './schema';

/** Aliases a frontmatter may expand (it needs none): a YAML "billion laughs" stops here. */
const MAX_ALIASES = 20;

function typeOfValue(value: unknown): string {
  if (value === null) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'a mapping' : `a ${typeof value}`;
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping of keys',
};

/**
 * Parses and validates frontmatter YAML. `firstLine` is the file line the YAML starts on,
 * so every error points at the line in the file, not in the YAML block. With `knownTopics`,
 * a topic not declared in content/topics.yaml is an error on its own line.
 */
export function parseFrontmatter(
  file: string,
  yamlText: string,
  firstLine: number,
  knownTopics?: ReadonlySet<string>,
): Frontmatter {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false });
  const fileLine = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;

  const yamlError = doc.errors[0];
  if (yamlError) {
    throw ContentError.at(file, fileLine(yamlError.pos[0]), `invalid YAML: ${yamlError.message.split('\n')[0]}`);
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw ContentError.at(file, firstLine, `invalid YAML: ${reason} (aliases: at most ${MAX_ALIASES})`);
  }

  const result = FrontmatterSchema.safeParse(data);
  if (result.success) {
    const unknown = knownTopics ? result.data.topics.findIndex((topic) => !knownTopics.has(topic)) : -1;
    if (unknown < 0) return result.data;
    const node = doc.getIn(['topics', unknown], true);
    const offset = isNode(node) && node.range ? node.range[0] : 0;
    throw ContentError.at(
      file,
      fileLine(offset),
      `unknown topic "${result.data.topics[unknown]}": declare it in content/topics.yaml, or check its spelling`,
    );
  }

  const issue = result.error.issues[0]!;
  const unknownKey = issue.code === 'unrecognized_keys' ? issue.keys[0] : undefined;
  const path = [...issue.path.map(String), ...(unknownKey ? [unknownKey] : [])];
  // Point at the deepest key that exists: the bad value, or the object missing a key.
  let node: unknown = null;
  for (let depth = path.length; depth > 0 && !isNode(node); depth--) node = doc.getIn(path.slice(0, depth), true);
  const offset = isNode(node) && node.range ? node.range[0] : 0;
  const field = path.length ? path.join('.') : 'frontmatter';
  const value = path.reduce<unknown>((object, key) => (object as Record<string, unknown> | undefined)?.[key], data);
  throw ContentError.at(file, fileLine(offset), reasonFor(issue, field, unknownKey, doc.hasIn(path), value));
}

function reasonFor(issue: core.$ZodIssue, field: string, unknownKey: string | undefined, present: boolean, value: unknown) {
  if (unknownKey) return `unknown key "${field}" (check its spelling)`;
  if (issue.code === 'invalid_type') {
    if (!present) return `"${field}" is required`;
    return `"${field}" must be ${EXPECTED[issue.expected] ?? issue.expected}, not ${typeOfValue(value)}`;
  }
  return `"${field}" ${issue.message}`;
}
