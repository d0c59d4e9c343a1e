// An independent reader of the Markdown we write (it shares no code with src/report/markdown.ts):
// what is left open at the end (code fences, `<pre>` blocks, `<details>`), and whether every table
// row has its table's number of cells. A body that passes is one GitHub renders without a
// construct swallowing what follows.

export interface MarkdownShape {
  openFence: boolean;
  openPre: boolean;
  /** `<details>` opened minus closed, at line starts outside code. */
  details: number;
  /** Table rows whose cell count differs from their header's, or a header with no delimiter row. */
  badRows: string[];
  /** Raw HTML tags outside code, other than the ones the reporters write themselves. */
  foreignHtml: string[];
}

const OWN_TAGS = /^<\/?(?:details|summary|code|pre|br|sub)\b/i;

export function markdownShape(md: string): MarkdownShape {
  const lines = md.split('\n');
  let fence: string | undefined;
  let pre = false;
  let details = 0;
  let columns: number | undefined;
  const badRows: string[] = [];
  const foreignHtml: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (fence) {
      const close = /^ {0,3}(`+|~+)\s*$/.exec(line);
      if (close && close[1]![0] === fence[0] && close[1]!.length >= fence.length) fence = undefined;
      continue;
    }
    if (pre) {
      if (line.includes('</pre>')) pre = false;
      continue;
    }
    const open = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (open) {
      fence = open[1];
      continue;
    }
    if (/^<pre[ >]/.test(line)) {
      if (!line.includes('</pre>')) pre = true;
      continue;
    }
    if (/^<details>/.test(line))
      details += (line.match(/<details>/g) ?? []).length - (line.match(/<\/details>/g) ?? []).length;
    else if (/^<\/details>/.test(line)) details--;

    // Tags outside backtick code spans.
    for (const tag of line.replace(/(`+)[\s\S]*?\1/g, '').match(/<\/?[a-z][^>]*>/gi) ?? [])
      if (!OWN_TAGS.test(tag)) foreignHtml.push(tag);

    if (line.startsWith('|')) {
      const n = cellCount(line);
      if (columns === undefined) {
        if (!/^\|( *:?-+:? *\|)+$/.test(lines[i + 1] ?? '')) badRows.push(line);
        columns = n;
      } else if (n !== columns) badRows.push(line);
      if (!line.endsWith('|') || line.endsWith('\\|')) badRows.push(line);
    } else {
      columns = undefined;
    }
  }
  return { openFence: fence !== undefined, openPre: pre, details, badRows, foreignHtml };
}

/** Cells of a GFM table row: split on pipes not escaped by a backslash. */
function cellCount(row: string): number {
  return row.replace(/\\\\/g, '').split(/(?<!\\)\|/).length - 2;
}

/** The shape of a well-formed body: nothing left open, every row whole, no HTML from user text. */
export const WELL_FORMED: MarkdownShape = {
  openFence: false,
  openPre: false,
  details: 0,
  badRows: [],
  foreignHtml: [],
};
