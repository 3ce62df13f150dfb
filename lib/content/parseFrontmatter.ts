import { isNode, LineCounter, parseDocument } from 'yaml';
import { ContentError } from './ContentError';
import { FrontmatterSchema, type Frontmatter } from './schema';

/**
 * Parses and validates frontmatter YAML. `firstLine` is the file line the YAML starts on,
 * so every error points at the line in the file, not in the YAML block.
 */
export function parseFrontmatter(file: string, yamlText: string, firstLine: number): Frontmatter {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false });
  const fileLine = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;

  const yamlError = doc.errors[0];
  if (yamlError) {
    throw new ContentError(file, fileLine(yamlError.pos[0]), `invalid YAML: ${yamlError.message.split('\n')[0]}`);
  }

  const result = FrontmatterSchema.safeParse(doc.toJS());
  if (result.success) return result.data;

  const issue = result.error.issues[0]!;
  const unknownKey = issue.code === 'unrecognized_keys' ? issue.keys[0] : undefined;
  const path = [...issue.path.map(String), ...(unknownKey ? [unknownKey] : [])];
  // Point at the deepest key that exists: the bad value, or the object missing a key.
  let node: unknown = null;
  for (let depth = path.length; depth > 0 && !isNode(node); depth--) node = doc.getIn(path.slice(0, depth), true);
  const offset = isNode(node) && node.range ? node.range[0] : 0;
  const field = path.length ? path.join('.') : 'frontmatter';
  const missing = issue.code === 'invalid_type' && issue.input === undefined;
  const reason = unknownKey
    ? `unknown key "${field}" (check its spelling)`
    : missing
      ? `"${field}" is required`
      : `"${field}" ${issue.message}`;
  throw new ContentError(file, fileLine(offset), reason);
}
