/**
 * The islands' message templates: server components hand a client island the raw strings it
 * needs ("Section {current} of {total}"), which it fills here — the one place `{name}`
 * placeholders are read outside next-intl.
 */
export function fillTemplate(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => values[name] ?? placeholder);
}

/** The text before and after `{name}`, for an island that puts an element in its place. */
export function aroundPlaceholder(template: string, name: string): [before: string, after: string] {
  const [before = '', after = ''] = template.split(`{${name}}`);
  return [before, after];
}
