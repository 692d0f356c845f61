// Jupyter notebooks (.ipynb, nbformat 4): each cell's source and each output as its own text, named by
// where it sits in the JSON (`cells/3/source`, `cells/3/outputs/0`, `cells/3/outputs/0/text/plain`), so a
// finding's line is the line within that cell. Parses only; a notebook that does not parse is left to the plain reader.

export interface NotebookPart {
  name: string;
  text: string;
}

/** Cell texts of an nbformat 4 notebook, or undefined when the text is not one (then it is read as plain JSON). */
export function notebookParts(text: string): NotebookPart[] | undefined {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isObject(doc) || !Array.isArray(doc.cells)) return undefined;
  const parts: NotebookPart[] = [];
  doc.cells.forEach((cell: unknown, i: number) => {
    if (!isObject(cell)) return;
    const source = joined(cell.source);
    if (source) parts.push({ name: `cells/${i}/source`, text: source });
    if (!Array.isArray(cell.outputs)) return;
    cell.outputs.forEach((out: unknown, j: number) => {
      if (!isObject(out)) return;
      const base = `cells/${i}/outputs/${j}`;
      // stream output: text; error output: traceback lines.
      const plain = joined(out.text) ?? joined(out.traceback);
      if (plain) parts.push({ name: base, text: plain });
      if (isObject(out.data)) {
        for (const [mime, value] of Object.entries(out.data)) {
          // Images and other binary payloads are base64 under image/* and the like: not text to scan.
          if (!/^text\/|json|javascript|xml|latex|markdown/i.test(mime)) continue;
          const t = typeof value === 'string' || Array.isArray(value) ? joined(value) : JSON.stringify(value, null, 1);
          if (t) parts.push({ name: `${base}/${mime}`, text: t });
        }
      }
    });
  });
  return parts;
}

function joined(v: unknown): string | undefined {
  if (typeof v === 'string') return v.length > 0 ? v : undefined;
  if (Array.isArray(v) && v.every((x) => typeof x === 'string')) {
    // nbformat keeps each line's own '\n' in source and stream text; traceback lines have none.
    const s = v.every((x: string, k: number) => k === v.length - 1 || x.endsWith('\n')) ? v.join('') : v.join('\n');
    return s.length > 0 ? s : undefined;
  }
  return undefined;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
