/** A paper's series label, in its two forms: one formula each wherever the paper is named by its series. */
import { describe, expect, it } from 'vitest';
import { seriesCitation, seriesLabel } from '../../src/lib/model/paper-label.ts';

describe('seriesLabel and seriesCitation', () => {
  it('name the series and the number, with "No." for readers and without as the citations print it', () => {
    expect(seriesLabel({ series: 'IDSS Paper', number: '039/2025' })).toBe('IDSS Paper No. 039/2025');
    expect(seriesCitation({ series: 'IDSS Paper', number: '039/2025' })).toBe('IDSS Paper 039/2025');
  });

  it('give the series alone without a number, and nothing without a series', () => {
    expect(seriesLabel({ series: 'RSIS Commentary' })).toBe('RSIS Commentary');
    expect(seriesCitation({ series: 'RSIS Commentary' })).toBe('RSIS Commentary');
    expect(seriesLabel({ number: '12' })).toBeUndefined();
    expect(seriesCitation({ number: '12' })).toBeUndefined();
  });
});
