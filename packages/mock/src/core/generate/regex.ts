import type { Random } from './random.js';

/**
 * Makes strings that match a regular expression, for the patterns schemas put on strings. It
 * understands the usual subset (anchors, classes, escapes, groups, alternation, quantifiers);
 * look-arounds and back-references are refused. Callers check the result against the pattern.
 */
type Node =
  | { t: 'seq'; items: Node[] }
  | { t: 'alt'; options: Node[] }
  | { t: 'set'; chars: string }
  | { t: 'rep'; node: Node; min: number; max: number };

const range = (from: number, to: number) =>
  String.fromCharCode(...Array.from({ length: to - from + 1 }, (_, i) => from + i));
const PRINTABLE = range(32, 126);
const DIGITS = '0123456789';
const WORD = `${range(97, 122)}${range(65, 90)}${DIGITS}_`;
const SPACE = ' ';
const without = (chars: string) => [...PRINTABLE].filter((c) => !chars.includes(c)).join('');
/** How many extra repetitions an open quantifier (`*`, `+`, `{n,}`) may add. */
const OPEN_EXTRA = 3;

const escapes: Record<string, string> = {
  d: DIGITS,
  D: without(DIGITS),
  w: WORD,
  W: without(WORD),
  s: SPACE,
  S: without(' \t'),
  n: '\n',
  t: '\t',
  r: '\r',
};

class Parser {
  private at = 0;
  constructor(private readonly source: string) {}

  parse(): Node {
    const node = this.alternation();
    if (this.at < this.source.length) throw new Error(`unexpected "${this.source[this.at]}" at ${this.at}`);
    return node;
  }

  private peek = () => this.source[this.at];

  private alternation(): Node {
    const options = [this.sequence()];
    while (this.peek() === '|') {
      this.at++;
      options.push(this.sequence());
    }
    return options.length === 1 ? (options[0] as Node) : { t: 'alt', options };
  }

  private sequence(): Node {
    const items: Node[] = [];
    while (this.at < this.source.length && this.peek() !== '|' && this.peek() !== ')') {
      const atom = this.atom();
      if (atom) items.push(this.quantified(atom));
    }
    return { t: 'seq', items };
  }

  private atom(): Node | undefined {
    const char = this.source[this.at++] as string;
    if (char === '^' || char === '$') return undefined;
    if (char === '.') return { t: 'set', chars: WORD };
    if (char === '[') return this.characterClass();
    if (char === '\\') return this.escape();
    if (char === '(') {
      if (this.peek() === '?') {
        const kind = this.source[this.at + 1];
        if (kind === ':') this.at += 2;
        else if (kind === '<' && !'=!'.includes(this.source[this.at + 2] ?? ''))
          this.at = this.source.indexOf('>', this.at) + 1;
        else throw new Error('look-arounds are not supported');
      }
      const inner = this.alternation();
      if (this.source[this.at++] !== ')') throw new Error('unclosed group');
      return inner;
    }
    return { t: 'set', chars: char };
  }

  private escape(): Node | undefined {
    const char = this.source[this.at++] as string;
    if (char === 'b' || char === 'B') return undefined;
    if (/[1-9]/.test(char)) throw new Error('back-references are not supported');
    return { t: 'set', chars: escapes[char] ?? char };
  }

  private characterClass(): Node {
    const negated = this.peek() === '^';
    if (negated) this.at++;
    let chars = '';
    let first = true;
    while (this.at < this.source.length && (this.peek() !== ']' || first)) {
      first = false;
      let char = this.source[this.at++] as string;
      if (char === '\\') {
        const escaped = this.source[this.at++] as string;
        if (escapes[escaped] && escaped.length === 1 && escapes[escaped].length > 1) {
          chars += escapes[escaped];
          continue;
        }
        char = escapes[escaped] ?? escaped;
      }
      if (this.peek() === '-' && this.source[this.at + 1] !== ']' && this.at + 1 < this.source.length) {
        this.at++;
        let end = this.source[this.at++] as string;
        if (end === '\\') end = this.source[this.at++] as string;
        chars += range(char.charCodeAt(0), end.charCodeAt(0));
      } else chars += char;
    }
    this.at++;
    return { t: 'set', chars: negated ? without(chars) : chars };
  }

  private quantified(node: Node): Node {
    const char = this.peek();
    let min: number;
    let max: number;
    if (char === '?') [min, max] = [0, 1];
    else if (char === '*') [min, max] = [0, OPEN_EXTRA];
    else if (char === '+') [min, max] = [1, 1 + OPEN_EXTRA];
    else if (char === '{' && /^\{\d+(,\d*)?\}/.test(this.source.slice(this.at))) {
      const [, low, comma, high] = /^\{(\d+)(,?)(\d*)\}/.exec(this.source.slice(this.at)) as RegExpExecArray;
      min = Number(low);
      max = comma ? (high ? Number(high) : min + OPEN_EXTRA) : min;
      this.at += (/^\{\d+,?\d*\}/.exec(this.source.slice(this.at)) as RegExpExecArray)[0].length - 1;
    } else return node;
    this.at++;
    if (this.peek() === '?') this.at++;
    return { t: 'rep', node, min, max };
  }
}

const generate = (node: Node, random: Random): string => {
  switch (node.t) {
    case 'seq':
      return node.items.map((item) => generate(item, random)).join('');
    case 'alt':
      return generate(random.pick(node.options), random);
    case 'set':
      return node.chars.length ? random.chars(node.chars, 1) : '';
    case 'rep':
      return Array.from({ length: random.int(node.min, node.max) }, () => generate(node.node, random)).join('');
  }
};

const parsed = new Map<string, Node>();

/** A string matching `pattern`, or undefined when the pattern uses what this generator does not support. */
export const stringMatching = (pattern: RegExp, random: Random): string | undefined => {
  let node = parsed.get(pattern.source);
  if (!node) {
    try {
      node = new Parser(pattern.source).parse();
    } catch {
      return undefined;
    }
    parsed.set(pattern.source, node);
  }
  for (let attempt = 0; attempt < 10; attempt++) {
    const text = generate(node, random);
    if (pattern.test(text)) return text;
  }
  return undefined;
};
