import { describe, expect, it } from 'vitest';
import { markdownToHtml } from './helpers.ts';

// Headings of a concept entry (not a paper): remarkSections gives the ids, rehypeHeadingAnchors the links.
const html = (md: string) => markdownToHtml(md, 'content/concepts/x.mdx');

describe('remarkSections + rehypeHeadingAnchors', () => {
  it('gives h2/h3 an id and a permalink outside the heading', () => {
    expect(html('## How Deterrence Works')).toBe(
      '<div class="g-heading"><h2 id="how-deterrence-works">How Deterrence Works</h2><a class="g-anchor" href="#how-deterrence-works" aria-label="Link to the section “How Deterrence Works”" data-pagefind-ignore=""><span aria-hidden="true">#</span></a></div>',
    );
  });
  it('never reuses an id the layouts put around the body', () => {
    expect(html('## Sources\n\n## History')).toContain('<h2 id="sources-1">Sources</h2>');
    expect(html('## Sources\n\n## History')).toContain('<h2 id="history-1">History</h2>');
  });
  it('leaves a heading without an id alone', () => {
    expect(html('#### Minor')).toBe('<h4>Minor</h4>');
  });
});
