/**
 * `npm run import` on the shapes real papers come in: the note formats of the web, links that
 * cannot be published as they are, a loss the word count must catch, Markdown and Word features
 * that used to crash or vanish. The pages here are small samples of each format (markup as the
 * tools that write it emit it, text written for the tests); tests/unit/import-corpus.test.ts runs
 * the real documents.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { scratchDir } from './helpers.ts';
import { convert, written } from '../../src/cli/import/convert.ts';
import type { Root } from 'mdast';
import { proseRefusal, shareRefusal } from '../../src/cli/import/refusal.ts';
import { metaSummary } from '../../src/cli/import/meta-sources.ts';
import { parseMdx } from '../../src/lib/content/mdx-check.ts';
import { contentRules } from '../../src/lib/content/mdx-rules.ts';
import { makeFootnoteOnlyDocx, makeQuoteDocx } from '../fixtures/import/make-docx.ts';

const page = (body: string, head = '') =>
  `<!doctype html><html lang="en"><head><title>Sample</title>${head}</head><body>${body}</body></html>`;
const prose = (n: number) =>
  Array.from(
    { length: n },
    (_, i) =>
      `<p>Paragraph ${String(i + 1)} of the article says what it has to say about harbours and their keepers, at some length.</p>`,
  ).join('');
const html = (source: string, options = {}) =>
  convert('page.html', Buffer.from(source), '2026-12-07', options);
const bodyOf = (mdx: string) => mdx.split('\n---\n')[1] ?? '';

describe('import: notes in the formats of the web', () => {
  it('DPUB-ARIA doc-noteref/doc-endnotes (pandoc) become <Note> in place; the list goes', async () => {
    const { mdx } = await html(
      page(`<main>${prose(3)}<p>Ports open in war.<a href="#fn1" class="footnote-ref" id="fnref1" role="doc-noteref"><sup>1</sup></a> Then they close.</p>
      <section class="footnotes" role="doc-endnotes"><hr /><ol><li id="fn1"><p>As the 1951 treaty says.<a href="#fnref1" class="footnote-back" role="doc-backlink">↩︎</a></p></li></ol></section></main>`),
    );
    expect(bodyOf(mdx)).toContain('Ports open in war.<Note>As the 1951 treaty says.</Note> Then they close.');
    expect(mdx).not.toContain('↩');
  });

  it('Wikipedia’s <sup class="reference"> and cite_note list', async () => {
    const { mdx } = await html(
      page(`<div id="content"><div class="mw-parser-output">${prose(3)}<p>The lamp was lit in 1698.<sup id="cite_ref-1" class="reference"><a href="#cite_note-1">[1]</a></sup> It burned tallow.<span class="mw-editsection">[<a href="/w/index.php?action=edit">edit</a>]</span></p>
      <h2>References</h2><ol class="references"><li id="cite_note-1"><span class="mw-cite-backlink"><b><a href="#cite_ref-1">^</a></b></span> <span class="reference-text">Smith, <i>Lights</i>, p. 4.</span></li></ol></div></div>`),
    );
    expect(bodyOf(mdx)).toContain(
      'The lamp was lit in 1698.<Note>Smith, *Lights*, p. 4.</Note> It burned tallow.',
    );
    expect(mdx).not.toContain('[edit]');
    expect(mdx).not.toMatch(/^## References/m);
  });

  it('Distill’s <d-footnote> is a note where it stands, never the author’s words', async () => {
    const { mdx } = await html(
      page(
        `<d-article>${prose(3)}<p>Attention is a weighted sum<d-footnote>The weights sum to one.</d-footnote> over positions.</p></d-article>`,
      ),
    );
    expect(bodyOf(mdx)).toContain(
      'Attention is a weighted sum<Note>The weights sum to one.</Note> over positions.',
    );
  });
});

describe('import: links', () => {
  const links = `<article>${prose(3)}<p>See <a href="/reports/2024.pdf">the report</a>, <a href="javascript:alert(1)">this</a>, <a href="data:text/html,x">that</a>, <a href="mailto:desk@example.org">the desk</a> and <a href="https://example.org/a">the pact</a>.</p></article>`;

  it('resolve relative links against og:url; drop script and data links, keeping their words', async () => {
    const { mdx, remarks } = await html(
      page(links, '<meta property="og:url" content="https://inst.example.org/briefs/x" />'),
    );
    const body = bodyOf(mdx);
    expect(body).toContain('[the report](https://inst.example.org/reports/2024.pdf)');
    expect(body).toContain('[the desk](mailto:desk@example.org)');
    expect(body).toContain('[the pact](https://example.org/a)');
    expect(body).toMatch(/, this, that, \[the desk\]/);
    expect(body).not.toMatch(/javascript:|data:/);
    expect(remarks.join('\n')).toMatch(/link\(s\) kept as plain text, a data: link/);
  });

  it('--url wins; without any address a relative link becomes text, and the summary says why', async () => {
    expect(bodyOf((await html(page(links), { url: 'https://other.example/x/' })).mdx)).toContain(
      '[the report](https://other.example/reports/2024.pdf)',
    );
    const { mdx, remarks } = await html(page(links));
    expect(bodyOf(mdx)).toContain('See the report,');
    expect(remarks.join('\n')).toContain(
      'a relative link, and the source has no address (give one with --url)',
    );
  });
});

describe('import: the word count', () => {
  it('finds the article beside a sidebar and a table of contents, and keeps every word', async () => {
    const { mdx, share } = await html(
      page(`<div class="toc"><ul><li><a href="#a">One</a></li><li><a href="#b">Two</a></li></ul></div>
        <aside><article><h3>Popular</h3><p>Ten things about ports.</p></article></aside>
        <div class="content">${prose(8)}<pre>keeper = lamp + oil</pre></div>`),
    );
    expect(share.share).toBe(1);
    expect(mdx).toContain('Paragraph 8 of the article');
    expect(mdx).toContain('keeper = lamp + oil');
    expect(mdx).not.toContain('Ten things about ports');
  });

  it('drops permalinks (¶, #) and an unlabelled table of contents with its heading', async () => {
    const { mdx, remarks } = await html(
      page(`<div class="body"><h2 class="contents-heading">Table of Contents</h2><div class="contents"><ul>
        <li><a href="#a">1 Lamps</a></li><li><a href="#b">2 Oil</a></li><li><a href="#c">3 Keepers</a></li></ul></div>
        <h2 id="a">Lamps<a class="headerlink" href="#a">¶</a></h2>${prose(4)}<h3 id="b"><a class="mark" href="#b">#</a>Oil</h3>${prose(2)}</div>`),
    );
    const body = bodyOf(mdx);
    expect(body).not.toMatch(/Table of Contents|1 Lamps|¶|#Oil/);
    expect(body).toMatch(/^## Lamps$/m);
    expect(body).toMatch(/^### Oil$/m);
    expect(remarks.join('\n')).toContain('a table of contents');
  });

  it('text straight in <body> is read, not crashed on', async () => {
    const { share, mdx } = await html(
      page(`Plain words of a page with no element around them, ${'and more words '.repeat(40)}to the end.`),
    );
    expect(share.share).toBeGreaterThan(0.95);
    expect(mdx).toContain('Plain words of a page');
  });

  it('refuses a conversion that loses words, naming the place of what was left out and the fix', async () => {
    const lost = `<svg><text>${'the figure carries many words of the argument '.repeat(12)}</text></svg>`;
    const source = page(`<article>${prose(4)}<div>${lost}</div></article>`);
    const { share } = await html(source);
    expect(share.share).toBeLessThan(0.95);
    const message = shareRefusal('page.html', share, '.html') ?? '';
    const line = source.slice(0, source.indexOf('<svg')).split('\n').length;
    expect(message).toMatch(/^page\.html: the paper would keep only \d+\.\d % of the source's words/);
    expect(message).toMatch(new RegExp(`page\\.html:${String(line)}:\\d+: “the figure carries many words`));
    expect(message).toContain('--selector');
  });

  it('refuses a source with no text', async () => {
    const { share } = await html(page('<img src="scan.png" />'));
    expect(share.sourceWords).toBe(0);
    expect(shareRefusal('scan.html', share, '.html')).toMatch(
      /^scan\.html: no text found; nothing was written\./,
    );
  });
});

describe('import: tables', () => {
  it('keep their caption as a paragraph above; without <th>, the first row is the header', async () => {
    const { mdx, remarks, share } = await html(
      page(
        `<article>${prose(3)}<table><caption>Berths by port</caption><tr><td>Port</td><td>Berths</td></tr><tr><td>North</td><td>12</td></tr></table></article>`,
      ),
    );
    expect(bodyOf(mdx)).toContain(
      'Berths by port\n\n| Port  | Berths |\n| ----- | ------ |\n| North | 12     |',
    );
    expect(remarks.join('\n')).toMatch(/the table at \d+:\d+ marks no header row/);
    expect(share.share).toBe(1);
  });
});

describe('npm run import', () => {
  it('exits non-zero on a loss, writes nothing, and names the file, the place and the fix', () => {
    const dir = scratchDir('import-loss-');
    const file = join(dir, 'lossy.html');
    const lost = `<svg><text>${'the figure carries many words of the argument '.repeat(12)}</text></svg>`;
    writeFileSync(file, page(`<article>${prose(4)}\n${lost}</article>`));
    const r = spawnSync(
      process.execPath,
      [join(process.cwd(), 'src/cli/import/main.ts'), file, '--id', 'lossy'],
      {
        encoding: 'utf8',
        env: { ...process.env, GLOSSA_CONTENT: join(dir, 'content') },
      },
    );
    expect(r.status).toBe(1);
    expect(existsSync(join(dir, 'content/papers/lossy.mdx'))).toBe(false);
    expect(r.stderr).toContain(`${file}: the paper would keep only`);
    expect(r.stderr).toMatch(new RegExp(`${file.replace(/[.]/g, '\\.')}:2:\\d+: “the figure carries`));
    expect(r.stderr).toContain('Fix: name the element');
    expect(r.stderr).not.toMatch(/^\s+at /m);
  });
});

describe('import: Markdown', () => {
  const md = (text: string) => convert('notes.md', Buffer.from(text), '2026-12-07');

  it('keeps strikethrough, pandoc sub/superscript, tables, code and [^1] notes in lists', async () => {
    const { mdx, share } = await md(
      '# T\n\nWater is H~2~O and E = mc^2^, ~~not air~~.[^a]\n\n- item with a note[^b]\n\n| A | B |\n| - | - |\n| 1 | 2 |\n\n```\ncode words\n```\n\n[^a]: First note.\n\n- [^b]: never here\n\n[^b]: Second note.\n',
    );
    const body = bodyOf(mdx);
    expect(body).toContain(
      'Water is H<sub>2</sub>O and E = mc<sup>2</sup>, ~~not air~~.<Note>First note.</Note>',
    );
    expect(body).toContain('- item with a note<Note>Second note.</Note>');
    expect(body).toMatch(/^\| A \| B \|$/m);
    expect(body).toContain('```\ncode words\n```');
    expect(share.share).toBe(1);
  });
});

describe('import: Word', () => {
  it('Quote and Intense Quote become a block quote; nested lists, strikethrough and subscript are kept', async () => {
    const { mdx, meta, remarks } = await convert('q.docx', await makeQuoteDocx(), '2026-12-07');
    const body = bodyOf(mdx);
    expect(body).toContain('> A light is a promise kept every night.\n>\n> No ship asks whose lamp it is.');
    expect(body).toContain('- Lamps\n  - Oil lamps\n- Sensors');
    expect(body).toContain('~~struck~~ and H<sub>2</sub>O.');
    // The byline names someone the file's properties do not: flagged, and left in the text.
    expect(meta.conflicts).toEqual([
      "authors: Ada Lumen (the Word file's properties (dc:creator)) but Ben Sample (the byline under the title)",
    ]);
    expect(body).toContain('Ben Sample');
    expect(remarks.join('\n')).toContain('left in the text');
  });

  it('a damaged file is refused with a fix, not the unzipper’s message', async () => {
    await expect(convert('broken.docx', Buffer.from('not a zip'), '2026-12-07')).rejects.toThrow(
      /^broken\.docx: cannot be read as a Word file \(\.docx\); nothing was written\.\n {2}Fix: open it in Word/,
    );
  });

  it('a file whose only text is a footnote is refused at import, and by the content check', async () => {
    const { prose: has, mdx } = await convert('n.docx', await makeFootnoteOnlyDocx(), '2026-12-07');
    expect(has).toBe(false);
    expect(proseRefusal('n.docx', has)).toMatch(/^n\.docx: the text has no paragraph outside its notes/);
    const body = bodyOf(mdx);
    const { tree } = parseMdx({ body, file: 'n.mdx', firstLine: 20 });
    if (!tree) throw new Error('the imported body does not parse');
    expect(
      contentRules(tree, { file: 'n.mdx', firstLine: 20 }, { paper: true }).map((p) => p.message),
    ).toEqual(['The paper has no text.']);
  });
});

describe('import: messages', () => {
  it('a node the MDX writer cannot write is refused with its kind and a fix, not the writer’s error', () => {
    const tree = { type: 'root', children: [{ type: 'weird', children: [] }] } as unknown as Root;
    const message = (() => {
      try {
        written('page.html', tree);
      } catch (error) {
        return error instanceof Error ? error.message : '';
      }
      return '';
    })();
    expect(message).toMatch(/^page\.html: the converted text holds a weird that Glossa's MDX cannot hold/);
    expect(message).toContain('Fix: ');
    expect(message).not.toContain('Cannot handle');
  });
});

describe('import: the frontmatter', () => {
  it('explains TODO values without the word itself, and names each value’s source', async () => {
    const { mdx, meta } = await html(
      page(
        `<article>${prose(3)}</article>`,
        '<meta name="citation_title" content="Sample Brief" /><meta name="citation_author" content="Marlow, Edith" />',
      ),
    );
    const comments = mdx.split('\n').filter((l) => l.startsWith('#'));
    expect(comments.join('\n')).not.toMatch(/\bTODO\b/);
    expect(meta.from).toMatchObject({ title: 'citation_title', authors: 'citation_author' });
    expect(metaSummary(meta)[0]).toMatch(/^record: title from citation_title; authors from citation_author/);
  });

  it('flags a byline or date on the page that contradicts the meta tags', async () => {
    const { meta } = await html(
      page(
        `<article><p class="byline">By Daniel Okafor</p>${prose(4)}</article>`,
        '<meta name="citation_author" content="Marlow, Edith" /><meta name="citation_publication_date" content="2025/06/14" /><meta property="article:published_time" content="2024-01-02" />',
      ),
    );
    expect(meta.authors).toEqual([{ family: 'Marlow', given: 'Edith' }]);
    expect(metaSummary(meta).filter((l) => l.startsWith('⚠'))).toEqual([
      '⚠ conflict, check the original: authors: Edith Marlow (citation_author) but Daniel Okafor (the byline on the page)',
      '⚠ conflict, check the original: issued: "2025-06-14" (citation_publication_date) but "2024-01-02" (the date on the page)',
    ]);
  });
});
