import { describe, expect, it } from 'vitest';
import { markdownToHtml, runRemark } from './helpers.ts';

describe('remarkParagraphNumbers + rehypeParagraphAnchors', () => {
  it('numbers top-level paragraphs only, with an id and a visible permalink', () => {
    const html = markdownToHtml('# Title\n\nOne.\n\n> Quoted, not numbered.\n\n- list item\n\nTwo.');
    expect(html).toMatchInlineSnapshot(`
      "<h1>Title</h1>
      <p id="p1" class="g-para"><a class="g-pnum" href="#p1" aria-label="Paragraph 1" data-n="1"></a>One.</p>
      <blockquote>
      <p>Quoted, not numbered.</p>
      </blockquote>
      <ul>
      <li>list item</li>
      </ul>
      <p id="p2" class="g-para"><a class="g-pnum" href="#p2" aria-label="Paragraph 2" data-n="2"></a>Two.</p>"
    `);
  });
  it('skips files the include option leaves out (concept entries)', () => {
    const { file } = runRemark('One.\n\nTwo.', 'content/concepts/x.mdx');
    expect(file.data.glossa?.paragraphs).toEqual([]);
    expect(
      runRemark('One.\n\n<Synopsis>\n\nInside.\n\n</Synopsis>\n\nTwo.').file.data.glossa?.paragraphs,
    ).toEqual([
      { n: 1, anchor: 'p1' },
      { n: 2, anchor: 'p2' },
    ]);
    expect(runRemark('One.\n\n<Note>An aside.</Note>\n\nTwo.').file.data.glossa?.paragraphs.length).toBe(2);
  });
});
