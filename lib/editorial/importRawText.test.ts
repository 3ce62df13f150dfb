import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { content } from '../content/source/contentSource';
import { ImportError, importRawText, slugFromFileName } from './importRawText';
import { LIMITS } from '../content/limits';
import { parseArticle } from '../content/parseArticle';
import { SEED_FIXTURE_PATH } from '../content/testing/seedFixture';

const seedPath = SEED_FIXTURE_PATH;

/** Imports, then reads the result back through the real loader, as the app would. */
function importAndParse(raw: string) {
  const result = importRawText(raw, 'test.txt');
  const article = parseArticle({
    slug: 'imported',
    article: { file: 'article.ar.md', text: result.article },
    summary: { file: 'summary.en.md', text: result.summary },
  });
  return { ...result, parsed: article };
}

describe('importRawText', () => {
  it('reproduces the committed seed article from the raw seed (golden)', () => {
    const { parsed, report } = importAndParse(readFileSync(seedPath, 'utf8'));
    const committed = content().getArticle('nato-rutte-bucharest-industry-forum')!;
    expect(parsed.author).toBe(committed.author);
    expect(parsed.sections.map((s) => s.heading)).toEqual(committed.sections.map((s) => s.heading));
    expect(parsed.sections.map((s) => s.paragraphs)).toEqual(committed.sections.map((s) => s.paragraphs));
    expect(report).toMatchObject({ author: 'بسنت الفرماوي', lead: 1, paragraphs: 8, unsure: [] });
    expect(report.sections).toHaveLength(7);
    expect(report.dropped).toEqual([
      { line: 17, text: 'يمكنك قراءة المزيد في المصدر.' },
      { line: 18, text: 'لمزيد من التفاصيل اضغط هنا.' },
    ]);
    // An import is a draft whose English side is entirely still to write.
    expect(parsed.draft).toBe(true);
    expect(parsed.summary).toBeNull();
    expect(parsed.sections.every((s) => s.summary === null)).toBe(true);
  });

  const lead = 'دعا الأمين العام إلى تعزيز التعاون بين الحلف والصناعات الدفاعية.';
  const body = 'أكد الأمين العام أن القمة أطلقت مساراً قائماً على زيادة مستدامة في الإنفاق.';

  it.each([
    ['CRLF line ends', `كتب: أحمد\r\n${lead}\r\nعنوان القسم\r\n${body}\r\n`],
    ['CR line ends', `كتب: أحمد\r${lead}\rعنوان القسم\r${body}\r`],
    ['a byte-order mark', `\uFEFFكتب: أحمد\n${lead}\nعنوان القسم\n${body}\n`],
    ['tabs and non-breaking spaces', `كتب:\tأحمد\n${lead.replace(' ', '\u00A0')}\n\tعنوان  القسم \n${body}\n`],
    ['runs of blank lines', `\n\n\nكتب: أحمد\n\n\n\n${lead}\n\n\nعنوان القسم\n\n\n${body}\n\n\n\n`],
  ])('reads %s like plain LF text', (_name, raw) => {
    const { parsed } = importAndParse(raw);
    expect(parsed.author).toBe('أحمد');
    expect(parsed.sections.map((s) => [s.heading, s.paragraphs])).toEqual([
      [null, [lead]],
      ['عنوان القسم', [body]],
    ]);
  });

  it.each([
    ['a colon', 'المحاور الرئيسية:'],
    ['an Arabic question mark', 'ما الذي تغيّر؟'],
  ])('takes a short line ending in %s as a heading', (_name, heading) => {
    const { parsed } = importAndParse(`${lead}\n${heading}\n${body}\n`);
    expect(parsed.sections[1]?.heading).toBe(heading);
  });

  it('imports a text without a byline, leaving the author as a TODO', () => {
    const { parsed, report } = importAndParse(`${lead}\nعنوان القسم\n${body}\n`);
    expect(report.author).toBeNull();
    expect(parsed.author).toMatch(/^TODO/);
  });

  it('keeps one giant line (within the limit) as the lead', () => {
    const giant = `${lead} `.repeat(250).trim();
    expect(giant.length).toBeLessThanOrEqual(LIMITS.lineLength);
    const { parsed } = importAndParse(giant);
    expect(parsed.sections).toHaveLength(1);
    expect(parsed.sections[0]?.paragraphs).toEqual([giant]);
  });

  it('refuses a line over the length limit, naming it', () => {
    const giant = `${lead} `.repeat(400).trim();
    expect(() => importRawText(`${lead}\n${giant}\n`, 'long.txt')).toThrow(
      new ImportError(`long.txt line 2 has ${giant.length} characters, over the limit of ${LIMITS.lineLength}`),
    );
  });

  it('keeps a heading-like last line as a paragraph and reports it', () => {
    const { parsed, report } = importAndParse(`${lead}\nعنوان القسم\n${body}\nسطر قصير أخير\n`);
    expect(parsed.sections.at(-1)?.paragraphs).toEqual([body, 'سطر قصير أخير']);
    expect(report.unsure).toEqual([{ line: 4, text: 'سطر قصير أخير', why: 'short last line: kept as a paragraph' }]);
  });

  it('quotes every stub line it drops', () => {
    const { report, parsed } = importAndParse(`${lead}\nاقرأ أيضا: خبر آخر\n`);
    expect(report.dropped).toEqual([{ line: 2, text: 'اقرأ أيضا: خبر آخر' }]);
    expect(JSON.stringify(parsed)).not.toContain('خبر آخر');
  });

  it.each([
    ['an empty file', '', 'test.txt is empty: there is no text to import'],
    ['whitespace only', ' \n\t\n\u00A0\n', 'test.txt is empty: there is no text to import'],
    ['HTML', '<html><body><p>نص</p></body></html>', 'test.txt looks like HTML: paste it as plain text instead'],
    ['only stub lines', 'اقرأ أيضا\n', 'test.txt has no paragraph of text to import'],
  ])('refuses %s with a clear error', (_name, raw, message) => {
    expect(() => importRawText(raw, 'test.txt')).toThrow(new ImportError(message));
  });
});

describe('slugFromFileName', () => {
  it('makes a readable ASCII slug from the file name', () => {
    expect(slugFromFileName('000_52e38cd99991133a.txt', '')).toBe('000-52e38cd99991133a');
    expect(slugFromFileName('NATO Forum (draft).txt', '')).toBe('nato-forum-draft');
  });

  it('falls back to a stable slug from the text when the name has no ASCII', () => {
    expect(slugFromFileName('مقال.txt', 'نص')).toBe(slugFromFileName('مقال.txt', 'نص'));
    expect(slugFromFileName('مقال.txt', 'نص')).toMatch(/^article-[a-z0-9]+$/);
  });
});

describe('importRawText keeps every character a reader sees', () => {
  const paragraphsOf = (raw: string) => importAndParse(raw).parsed.sections.flatMap((s) => s.paragraphs);

  it.each([
    '[x](javascript:alert(1))',
    'نص *مائل* و _مائل_ و **عريض**',
    'شرطة مائلة \\* و \\ و \\n',
    'كيانات &amp; &#x41; &copy; &lt;b&gt;',
    'نص <!-- ملاحظة --> نص',
    '<!-- سطر يبدأ بتعليق',
    '<b>عريض</b> و <https://example.com> و <x@y.z>',
    '`شيفرة` و ``مزدوجة``',
    '![صورة](x.png) و [مرجع][1]',
    'عنوان {#not-an-id}',
  ])('%s', (text) => {
    expect(paragraphsOf(`${text}\n`)).toEqual([text]);
  });

  it.each([
    '# ليس عنوانا',
    '> ليس اقتباسا',
    '- ليس بندا',
    '+ ولا هذا',
    '1. ليس قائمة',
    '2) ولا هذه',
    '---',
    '===',
    '~~~',
    '```',
    '* * *',
  ])('a paragraph starting "%s" stays a paragraph, word for word', (text) => {
    const lead = 'الفقرة الأولى طويلة بما يكفي لتكون فقرة لا عنوانا، وتنتهي بنقطة.';
    expect(paragraphsOf(`${lead}\n${text}\n`)).toEqual([lead, text]);
  });

  it('any printable line, Arabic or Latin, with Markdown and HTML characters, reads back exactly (property)', () => {
    const pieces = [
      ...'ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآةىـًٌٍَُِّْ',
      ...'abcXYZ0123456789٠١٢٣',
      ...'*_[]()<>&#\\`!~-+=.|{}:%،؛؟«»',
      ' ',
      '&amp;',
      '&#x41;',
      '<!--',
      '-->',
      'DIANA',
    ];
    const line = fc
      .array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 40 })
      .map((parts) => parts.join('').replace(/ {2,}/g, ' ').trim());
    fc.assert(
      fc.property(line, (text) => {
        fc.pre(text !== '');
        let imported;
        try {
          imported = importAndParse(`${text}\n`);
        } catch (error) {
          // Refused as pasted HTML, or read as a byline or a "read more" stub: not a paragraph.
          fc.pre(!(error instanceof ImportError));
          throw error;
        }
        fc.pre(imported.report.author === null && imported.report.dropped.length === 0);
        expect(imported.parsed.sections[0]?.paragraphs).toEqual([text]);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('importRawText limits', () => {
  it('refuses a text that would make more sections than an article may have', () => {
    const many = Array.from(
      { length: LIMITS.sections },
      (_, i) => `عنوان ${i}\nفقرة طويلة بما يكفي لتكون فقرة لا عنوانا، رقم ${i}.`,
    );
    expect(() => importRawText(`${many.join('\n')}\n`, 'many.txt')).toThrow(
      new ImportError(
        `many.txt would make ${LIMITS.sections + 1} sections, over the limit of ${LIMITS.sections}: is it one article?`,
      ),
    );
  });
});
