import { describe, expect, it } from 'vitest';
import { publishFrontmatter, today } from './publishFrontmatter';

const BODY = '\nنص *المقال* كما هو.\n\n## قسم {#a}\n\nنص.\n';

describe('publishFrontmatter', () => {
  it.each([
    [
      'a draft without a date',
      '---\nauthor: كاتب\ndraft: true\n---\n',
      false,
      '---\nauthor: كاتب\ndate: 2026-11-29\n---\n',
      ['- draft: true', '+ date: 2026-11-29'],
    ],
    [
      'a draft with a date, kept',
      '---\ndate: 2026-01-02\ndraft: true # until checked\n---\n',
      false,
      '---\ndate: 2026-01-02\n---\n',
      ['- draft: true # until checked'],
    ],
    [
      'a draft with a date, replaced by the chosen one',
      '---\ndate: 2026-01-02\ndraft: true\n---\n',
      true,
      '---\ndate: 2026-11-29\n---\n',
      ['- draft: true', '- date: 2026-01-02', '+ date: 2026-11-29'],
    ],
    [
      'CRLF line ends and a byte-order mark',
      '\uFEFF---\r\nauthor: كاتب\r\ndraft: true\r\n---\r\n',
      false,
      '\uFEFF---\r\nauthor: كاتب\r\ndate: 2026-11-29\r\n---\r\n',
      ['- draft: true', '+ date: 2026-11-29'],
    ],
  ])('%s', (_name, front, chosen, expected, changes) => {
    const published = publishFrontmatter(front + BODY, '2026-11-29', chosen);
    expect(published.text).toBe(expected + BODY);
    expect(published.changes).toEqual(changes);
  });

  it('touches no indented key and nothing below the frontmatter', () => {
    const text = '---\nsource:\n  draft: true\n---\n\ndraft: true\n';
    expect(publishFrontmatter(text, '2026-11-29', false).text).toBe(
      '---\nsource:\n  draft: true\ndate: 2026-11-29\n---\n\ndraft: true\n',
    );
  });

  it("writes today's date as YYYY-MM-DD", () => {
    expect(today(new Date(2026, 0, 5))).toBe('2026-01-05');
  });
});
