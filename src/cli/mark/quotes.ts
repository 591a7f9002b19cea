/** Where a text quotes other words: “…”, "…" and ‘…’ spans (an apostrophe is not a quotation mark). */

/** A quoted span: `start` is the opening mark, `end` is just after the closing one. */
export interface QuotedRange {
  start: number;
  end: number;
}

const letter = /[\p{L}\p{N}]/u;

/** The quoted spans of `text`, nested ones included; an unclosed quotation runs to the end. */
export function quotedRanges(text: string): QuotedRange[] {
  const ranges: QuotedRange[] = [];
  const open: { mark: string; at: number }[] = [];
  const close = (mark: string, at: number) => {
    const i = open.findLastIndex((o) => o.mark === mark);
    if (i < 0) return false;
    const [o] = open.splice(i);
    if (o) ranges.push({ start: o.at, end: at + 1 });
    return true;
  };
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charAt(i);
    const before = text.charAt(i - 1);
    const after = text.charAt(i + 1);
    if (c === '“') open.push({ mark: '“', at: i });
    else if (c === '”') close('“', i);
    else if (c === '"') {
      if (!close('"', i)) open.push({ mark: '"', at: i });
    } else if (c === '‘' && !letter.test(before)) open.push({ mark: '‘', at: i });
    else if (c === '’' && !letter.test(after)) close('‘', i);
  }
  for (const o of open) ranges.push({ start: o.at, end: text.length });
  return ranges;
}
