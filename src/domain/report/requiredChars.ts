// The characters a text must hold one of for a regular expression to match in it: a gate read once from the pattern.

/** A set of characters, one of which every match needs; undefined where nothing can be said (a wildcard, an option). */
type Need = ReadonlySet<string> | undefined;

/** The widest character range enumerated ([1-9] · [一-十]); a wider one ([\u4e00-\u9fa5]) needs nothing we could test cheaply. */
const MAX_RANGE = 64;

/** A parse of a pattern's source into what each part needs: a small recursive descent over the syntax the parser's patterns use. */
class NeedReader {
  private at = 0;

  constructor(private readonly src: string) {}

  /** The whole source: an alternation. Throws on syntax it does not know (the caller then gates nothing). */
  read(): Need {
    const need = this.disjunction();
    if (this.at !== this.src.length) throw new Error(`unread at ${this.at}`);
    return need;
  }

  /** a|b|c: each alternative needs one of its own, so the union; an alternative that needs nothing makes the whole need nothing. */
  private disjunction(): Need {
    const alternatives: Need[] = [this.alternative()];
    while (this.src[this.at] === '|') {
      this.at++;
      alternatives.push(this.alternative());
    }
    if (alternatives.some((a) => a === undefined)) return undefined;
    return new Set(alternatives.flatMap((a) => [...a!]));
  }

  /** Terms in sequence: every one with a minimum of at least 1 is needed; the smallest such set is the sharpest gate. */
  private alternative(): Need {
    let best: Need;
    while (this.at < this.src.length && this.src[this.at] !== '|' && this.src[this.at] !== ')') {
      const need = this.term();
      if (need !== undefined && (best === undefined || need.size < best.size)) best = need;
    }
    return best;
  }

  /** An atom and its quantifier: ?, * and {0,n} make it optional (needs nothing); a lazy ? after changes nothing. */
  private term(): Need {
    const need = this.atom();
    const q = this.src[this.at];
    let min = 1;
    if (q === '*' || q === '?') min = 0;
    else if (q === '{') {
      const m = /^\{(\d+)(?:,\d*)?\}/.exec(this.src.slice(this.at));
      // A { that opens no quantifier is a character of its own (read as the next atom).
      if (!m) return need;
      min = Number(m[1]);
      this.at += m[0].length - 1;
    } else if (q !== '+') return need;
    this.at++;
    if (this.src[this.at] === '?') this.at++;
    return min >= 1 ? need : undefined;
  }

  private atom(): Need {
    const c = this.src[this.at]!;
    if (c === '(') return this.group();
    if (c === '[') return this.characterClass();
    if (c === '\\') return this.escape(false);
    this.at++;
    // ^ $ . need nothing (anchors are zero-width, a dot is any character).
    if (c === '^' || c === '$' || c === '.') return undefined;
    return new Set([c]);
  }

  /** (…) (?:…) (?<name>…) need what their inside needs, and so do (?=…) (?<=…): the text must hold what they look at. */
  private group(): Need {
    this.at++;
    let negative = false;
    const prefix = /^\?(?::|=|!|<=|<!|<[A-Za-z_][A-Za-z0-9_]*>)/.exec(this.src.slice(this.at));
    if (prefix) {
      negative = prefix[0] === '?!' || prefix[0] === '?<!';
      this.at += prefix[0].length;
    }
    const need = this.disjunction();
    if (this.src[this.at] !== ')') throw new Error(`unclosed group at ${this.at}`);
    this.at++;
    return negative ? undefined : need;
  }

  /** [abc] · [1-9] · [\d]: its characters; negated, or with a wide range or a class escape other than \d, nothing. */
  private characterClass(): Need {
    this.at++;
    const negated = this.src[this.at] === '^';
    if (negated) this.at++;
    const chars = new Set<string>();
    let open = false;
    let first = true;
    while (first || this.src[this.at] !== ']') {
      first = false;
      if (this.at >= this.src.length) throw new Error('unclosed class');
      const from = this.classChar();
      if (from === undefined) {
        open = true;
        continue;
      }
      if (this.src[this.at] === '-' && this.src[this.at + 1] !== ']') {
        this.at++;
        const to = this.classChar();
        if (to === undefined || to.size !== 1 || from.size !== 1) throw new Error('odd range');
        const [a, b] = [[...from][0]!.charCodeAt(0), [...to][0]!.charCodeAt(0)];
        if (b - a > MAX_RANGE) open = true;
        else for (let u = a; u <= b; u++) chars.add(String.fromCharCode(u));
      } else for (const ch of from) chars.add(ch);
    }
    this.at++;
    return negated || open || chars.size === 0 ? undefined : chars;
  }

  /** One member of a class: a character, or the set an escape stands for (undefined: a class escape of many characters). */
  private classChar(): Need {
    if (this.src[this.at] === '\\') return this.escape(true);
    return new Set([this.src[this.at++]!]);
  }

  /** \n \t \uXXXX \xHH \d and escaped punctuation; \s \w \b \1 and the like need nothing we test. */
  private escape(inClass: boolean): Need {
    const e = this.src[this.at + 1];
    if (e === undefined) throw new Error('trailing backslash');
    this.at += 2;
    const controls: Record<string, string> = { n: '\n', t: '\t', r: '\r', f: '\f', v: '\v', '0': '\0' };
    if (e === 'u' || e === 'x') {
      const m = (e === 'u' ? /^[0-9A-Fa-f]{4}/ : /^[0-9A-Fa-f]{2}/).exec(this.src.slice(this.at));
      if (!m) throw new Error('odd hex escape');
      this.at += m[0].length;
      return new Set([String.fromCharCode(parseInt(m[0], 16))]);
    }
    if (e === 'd') return new Set('0123456789');
    if (e === 'b' && inClass) return new Set(['\b']);
    if (e === '0' && !/[0-9]/.test(this.src[this.at] ?? '')) return new Set(['\0']);
    if (controls[e] !== undefined && e !== '0') return new Set([controls[e]!]);
    // Classes of many characters and word boundaries: nothing to test. Back-references (\1 · \k<name>), \c, \p and any
    // other letter: not read (the pattern is left ungated).
    if (/[sSwWDB]/.test(e) || (e === 'b' && !inClass)) return undefined;
    if (/[A-Za-z0-9]/.test(e)) throw new Error(`escape \\${e} not read`);
    return new Set([e]);
  }
}

/**
 * The characters a text must hold at least one of for `re` to match anywhere in it, or undefined when the pattern needs
 * no such character (or uses syntax this reader does not know, or a flag that changes what a character matches). Read
 * from the source: every match takes each part of a sequence that is not optional, every alternative of an alternation,
 * and what a positive lookaround looks at; negative lookarounds, optional parts and wide classes need nothing.
 */
export function requiredChars(re: RegExp): string[] | undefined {
  if (/[iuv]/.test(re.flags)) return undefined;
  try {
    const need = new NeedReader(re.source).read();
    return need === undefined ? undefined : [...need];
  } catch {
    return undefined;
  }
}

/** Whether `text` holds one of `chars` (a requiredChars gate; undefined lets every text through). */
export function holdsOneOf(text: string, chars: readonly string[] | undefined): boolean {
  if (chars === undefined) return true;
  for (let i = 0; i < chars.length; i++) if (text.includes(chars[i]!)) return true;
  return false;
}
