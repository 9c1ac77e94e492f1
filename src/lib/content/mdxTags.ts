/**
 * A small scanner for the parts of a chapter's MDX that the content check reads: JSX tags with
 * their attributes and line numbers, and markdown images. It skips the frontmatter, code fences,
 * inline code, `{…}` expressions (so `{/* comments *\/}` hide examples) and HTML comments. It is
 * not an MDX parser: the MDX compiler still reports syntax errors; this only has to find tags.
 */

export type AttrValue = { kind: 'string'; text: string } | { kind: 'expression'; text: string } | { kind: 'flag' };

export interface MdxAttr {
  name: string;
  value: AttrValue;
  /** 1-based line of the attribute name in the file. */
  line: number;
}

export interface MdxTag {
  name: string;
  attrs: MdxAttr[];
  /** 1-based line of the `<` in the file. */
  line: number;
  selfClosing: boolean;
  /** Names of the capitalised components this tag sits inside, outermost first. */
  parents: string[];
}

export interface MdImage {
  alt: string;
  line: number;
}

export interface ScannedMdx {
  /** Opening (and self-closing) tags in document order; closing tags only shape `parents`. */
  tags: MdxTag[];
  images: MdImage[];
}

const NAME_START = /[A-Za-z]/;
const NAME_CHAR = /[\w.:-]/;
const ATTR_START = /[A-Za-z_:]/;

export function scanMdx(text: string): ScannedMdx {
  const tags: MdxTag[] = [];
  const images: MdImage[] = [];
  const open: string[] = [];
  let i = 0;
  let line = 1;

  const advanceTo = (end: number) => {
    for (; i < end && i < text.length; i++) if (text[i] === '\n') line++;
  };
  const atLineStart = () => i === 0 || text[i - 1] === '\n';

  // Frontmatter: a `---` line at the very top, up to the next `---` line.
  const fm = /^---\r?\n[\s\S]*?\r?\n---[ \t]*(\r?\n|$)/.exec(text);
  if (fm) advanceTo(fm[0].length);

  /** Index just past the `}` matching the `{` at `start`, minding strings and comments. */
  const skipBraces = (start: number): number => {
    let depth = 0;
    for (let j = start; j < text.length; j++) {
      const c = text[j];
      if (c === '"' || c === "'" || c === '`') {
        const close = text.indexOf(c, j + 1);
        if (close < 0) return text.length;
        j = close;
      } else if (c === '/' && text[j + 1] === '*') {
        const close = text.indexOf('*/', j + 2);
        if (close < 0) return text.length;
        j = close + 1;
      } else if (c === '{') depth++;
      else if (c === '}' && --depth === 0) return j + 1;
    }
    return text.length;
  };

  const readName = (start: number) => {
    let j = start;
    while (j < text.length && NAME_CHAR.test(text[j]!)) j++;
    return text.slice(start, j);
  };

  /** Parses a tag starting at `<`; returns false if it is not one (e.g. "a < b"). */
  const readTag = (): boolean => {
    const tagLine = line;
    let j = i + 1;
    const closing = text[j] === '/';
    if (closing) j++;
    if (!NAME_START.test(text[j] ?? '')) return false;
    const name = readName(j);
    j += name.length;
    const attrs: MdxAttr[] = [];
    let selfClosing = false;
    advanceTo(j);
    while (i < text.length) {
      const c = text[i]!;
      if (/\s/.test(c)) advanceTo(i + 1);
      else if (c === '>') { advanceTo(i + 1); break; }
      else if (c === '/' && text[i + 1] === '>') { selfClosing = true; advanceTo(i + 2); break; }
      else if (c === '{') advanceTo(skipBraces(i)); // {...spread}
      else if (ATTR_START.test(c)) {
        const attrLine = line;
        const attrName = readName(i);
        advanceTo(i + attrName.length);
        let k = i;
        while (k < text.length && /[ \t]/.test(text[k]!)) k++;
        if (text[k] !== '=') { attrs.push({ name: attrName, value: { kind: 'flag' }, line: attrLine }); continue; }
        k++;
        while (k < text.length && /\s/.test(text[k]!)) k++;
        advanceTo(k);
        const q = text[i];
        if (q === '"' || q === "'") {
          const close = text.indexOf(q, i + 1);
          const end = close < 0 ? text.length : close;
          attrs.push({ name: attrName, value: { kind: 'string', text: text.slice(i + 1, end) }, line: attrLine });
          advanceTo(end + 1);
        } else if (q === '{') {
          const end = skipBraces(i);
          attrs.push({ name: attrName, value: { kind: 'expression', text: text.slice(i + 1, end - 1).trim() }, line: attrLine });
          advanceTo(end);
        } else {
          attrs.push({ name: attrName, value: { kind: 'flag' }, line: attrLine });
        }
      } else advanceTo(i + 1); // stray character: MDX itself will complain
    }
    const component = /^[A-Z]/.test(name);
    if (closing) {
      const at = open.lastIndexOf(name);
      if (at >= 0) open.length = at;
    } else {
      tags.push({ name, attrs, line: tagLine, selfClosing, parents: [...open] });
      if (component && !selfClosing) open.push(name);
    }
    return true;
  };

  while (i < text.length) {
    const c = text[i]!;
    if (atLineStart()) {
      const fence = /^[ \t]*(`{3,}|~{3,})/.exec(text.slice(i, i + 200));
      if (fence) {
        const marker = fence[1]!;
        const closeRe = new RegExp(`\\n[ \\t]*${marker[0] === '`' ? '`' : '~'}{${marker.length},}[ \\t]*(?=\\n|$)`, 'g');
        closeRe.lastIndex = i + fence[0].length;
        const close = closeRe.exec(text);
        advanceTo(close ? close.index + close[0].length : text.length);
        continue;
      }
    }
    if (c === '\\') advanceTo(i + 2);
    else if (c === '`') {
      const run = /^`+/.exec(text.slice(i))![0];
      const close = text.indexOf(run, i + run.length);
      advanceTo(close < 0 ? i + run.length : close + run.length);
    } else if (c === '{') advanceTo(skipBraces(i));
    else if (text.startsWith('<!--', i)) {
      const close = text.indexOf('-->', i + 4);
      advanceTo(close < 0 ? text.length : close + 3);
    } else if (c === '<') {
      if (!readTag()) advanceTo(i + 1);
    } else if (c === '!' && text[i + 1] === '[') {
      const m = /^!\[((?:[^\][\n]|\[[^\]\n]*\])*)\]\s?[([]/.exec(text.slice(i));
      if (m) images.push({ alt: m[1]!, line });
      advanceTo(i + 2);
    } else advanceTo(i + 1);
  }
  return { tags, images };
}
