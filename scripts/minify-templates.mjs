// A Vite plugin for the shipped bundle: collapses the white space inside Lit's html`…`, svg`…`
// and css`…` templates (indentation is most of their bytes). Runs of white space become one
// space, which HTML and CSS treat the same (we use no <pre> or white-space: pre); CSS also
// loses comments, the spaces around { } ; , >, range comparisons (>=, <=) and !important, the space after a colon, a last ; before }
// and the zero of 0.5; quotes go where HTML and CSS do not need them. Expressions `${…}` are copied untouched,
// nested templates inside them are minified too.

const TAG = /\b(html|svg|css)`/g;
// A static attribute value of letters, digits, `.`, `_` or `-` needs no quotes in HTML (` type="number"`
// → ` type=number`); only when a space or `>` follows, so `x=y/>` can never happen. A value that
// continues into a `${…}` binding ends in the next chunk, so it never matches.
const UNQUOTE_ATTR = /(\s[\w.:@?-]+)="([\w.%-]+)"(?=[\s>])/g;
// CSS attribute selectors whose value is an identifier need no quotes either: [part='x'] → [part=x].
const UNQUOTE_SELECTOR = /\[([\w-]+)='([a-zA-Z][\w-]*)'\]/g;
// White space next to the tag of a block-level element (as the browser lays them out; our CSS
// makes none of these inline) is never rendered: it starts or ends a line, or sits between
// blocks, rows or options. Dropping it saves bytes and a text node per gap. Only tags seen
// whole inside one static chunk count; white space by inline tags (span, a, label, button,
// input, select) is meaningful and stays.
const BLOCK = 'div|p|ul|ol|li|section|table|caption|thead|tbody|tr|td|th|h[1-6]|dl|dt|dd|option';
const SPACE_BEFORE_BLOCK = new RegExp(`\\s+(?=</?(?:${BLOCK})[\\s/>])`, 'g');
const SPACE_AFTER_BLOCK = new RegExp(`(</(?:${BLOCK})>|<(?:${BLOCK})(?:\\s[^<>]*)?>)\\s+`, 'g');

/** Minifies one template body from `start` (just after the backtick); returns [text, end]. */
function minifyTemplate(code, start, isCss) {
  let out = '';
  let chunk = '';
  let i = start;
  const flush = () => {
    let text = chunk.replace(/\s+/g, ' ');
    // After a colon CSS never needs the space (`color: red`, `(max-width: 40rem)`); a space
    // *before* a colon is a descendant combinator (`.a :focus`) and stays.
    if (isCss)
      text = text
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\s*([{};,])\s*/g, '$1')
        .replace(/:\s+/g, ':')
        .replace(/;}/g, '}')
        .replace(/([^\w.])0\.(\d)/g, '$1.$2')
        .replace(UNQUOTE_SELECTOR, '[$1=$2]')
        .replace(/\s*([<>]=?|!important)\s*/g, '$1');
    else text = text.replace(SPACE_BEFORE_BLOCK, '').replace(SPACE_AFTER_BLOCK, '$1').replace(UNQUOTE_ATTR, '$1=$2');
    out += text;
    chunk = '';
  };
  while (i < code.length) {
    const ch = code[i];
    if (ch === '\\') {
      chunk += code.slice(i, i + 2);
      i += 2;
    } else if (ch === '`') {
      flush();
      return [out, i];
    } else if (ch === '$' && code[i + 1] === '{') {
      flush();
      const [expr, end] = copyExpression(code, i + 2);
      out += '${' + expr + '}';
      i = end + 1;
    } else {
      chunk += ch;
      i++;
    }
  }
  throw new Error('unterminated template');
}

/** Copies a `${…}` expression up to its closing brace, minifying nested tagged templates. */
function copyExpression(code, start) {
  let depth = 0;
  let out = '';
  let i = start;
  while (i < code.length) {
    const ch = code[i];
    if (ch === "'" || ch === '"') {
      const end = skipString(code, i, ch);
      out += code.slice(i, end + 1);
      i = end + 1;
      continue;
    }
    if (ch === '`') {
      const tag = /\b(html|svg|css)$/.exec(out)?.[1];
      if (tag) {
        const [body, end] = minifyTemplate(code, i + 1, tag === 'css');
        out += '`' + body + '`';
        i = end + 1;
      } else {
        const [body, end] = copyPlainTemplate(code, i + 1);
        out += '`' + body + '`';
        i = end + 1;
      }
      continue;
    }
    if (ch === '{') depth++;
    if (ch === '}') {
      if (depth === 0) return [out, i];
      depth--;
    }
    out += ch;
    i++;
  }
  throw new Error('unterminated expression');
}

function copyPlainTemplate(code, start) {
  let out = '';
  let i = start;
  while (i < code.length) {
    const ch = code[i];
    if (ch === '\\') {
      out += code.slice(i, i + 2);
      i += 2;
    } else if (ch === '`') return [out, i];
    else if (ch === '$' && code[i + 1] === '{') {
      const [expr, end] = copyExpression(code, i + 2);
      out += '${' + expr + '}';
      i = end + 1;
    } else {
      out += ch;
      i++;
    }
  }
  throw new Error('unterminated template');
}

function skipString(code, start, quote) {
  for (let i = start + 1; i < code.length; i++) {
    if (code[i] === '\\') i++;
    else if (code[i] === quote) return i;
  }
  return code.length - 1;
}

export function minifyLitTemplates(source) {
  let out = '';
  let last = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(source); m; m = TAG.exec(source)) {
    if (m.index < last) continue;
    const bodyStart = m.index + m[0].length;
    const [body, end] = minifyTemplate(source, bodyStart, m[1] === 'css');
    out += source.slice(last, bodyStart) + body + '`';
    last = end + 1;
    TAG.lastIndex = last;
  }
  return out + source.slice(last);
}

export function minifyTemplates() {
  return {
    name: 'dcw-minify-templates',
    enforce: 'pre',
    apply: 'build',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !TAG.test(code)) return null;
      return { code: minifyLitTemplates(code), map: null };
    },
  };
}
