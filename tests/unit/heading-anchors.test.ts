import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { rehypeHeadingAnchors } from '../../src/plugins/rehype/rehype-heading-anchors.ts';

const html = (md: string) =>
  String(
    unified()
      .use(remarkParse)
      .use(remarkRehype)
      .use(rehypeHeadingAnchors)
      .use(rehypeStringify)
      .processSync(md),
  );

describe('rehypeHeadingAnchors', () => {
  it('gives h2/h3 an id and a permalink outside the heading', () => {
    expect(html('## How Deterrence Works')).toBe(
      '<div class="g-heading"><h2 id="how-deterrence-works">How Deterrence Works</h2><a class="g-anchor" href="#how-deterrence-works"><span aria-hidden="true">#</span><span class="g-visually-hidden">Link to the section “How Deterrence Works”</span></a></div>',
    );
  });
  it('never reuses an id the layouts put around the body', () => {
    expect(html('## Sources\n\n## History')).toContain('<h2 id="sources-1">Sources</h2>');
    expect(html('## Sources\n\n## History')).toContain('<h2 id="history-1">History</h2>');
  });
});
