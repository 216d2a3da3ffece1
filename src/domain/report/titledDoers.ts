// 党组书记张伟以《守纪律讲规矩》为题、副理事长刘芳以《廉洁从政》为题，分别讲授廉政党课 (issue 10: one lecture, both titles joined):
// each doer with their own title before the one deed they each did, written out in the shape read already.

/** 以《…》为题 after a doer. */
const TITLED = /以《([^》]+)》为题/g;
/** Between one doer's title and the next doer: 、 · ， · 和. */
const JOIN = /^[\s、,，和及]+/;
/** After the last title: 分别/各自 and what each did (讲授 · 主讲 · 作 · 上了 · 为…讲). */
const DEED_AFTER = /^[\s,，]*(?:分别|各自|先后)[\s]*(?:为[^,，。;；!?]{0,16}?)?(?:讲授|主讲|讲了|讲|作了?|上了|宣讲|授课)/;
/** What may stand between a doer's name and 以: 同志 or a post. */
const AFTER_NAME = /^(?:同志)?(?:副?(?:书记|理事长|主任|科长|部长|局长|主席))?(?:同志)?\s*$/;

/**
 * `text` with each sentence of two or more doers, each 以《题目》为题, then 分别 + one deed, written as 「<doers>分别<deed>。<doer>以《…》为题，
 * <doer>以《…》为题」, whose titles respectiveTitles gives one to each doer's record; unchanged when no sentence is of that shape.
 * `names`: the directory's people's names.
 */
export function withTitledDoers(text: string, names: readonly string[]): string {
  if (!text.includes('为题')) return text;
  return text.replace(/[^。;；!?\n]+/g, (sentence) => spelled(sentence, names) ?? sentence);
}

function spelled(sentence: string, names: readonly string[]): string | undefined {
  const found = [...sentence.matchAll(TITLED)];
  if (found.length < 2) return undefined;
  const doers: Array<{ words: string; name: string; title: string }> = [];
  let from = 0;
  for (const [i, m] of found.entries()) {
    const piece = sentence.slice(from, m.index);
    if (i > 0 && !JOIN.test(piece)) return undefined;
    const name = doerEnding(piece, names);
    if (name === undefined) return undefined;
    // The first doer's words as written up to the name (the day before it stays); the others by name alone (a post
    // between two names in a list, 张伟、副理事长刘芳, would read as 张伟's).
    doers.push({ words: i === 0 ? piece.slice(0, piece.lastIndexOf(name) + name.length) : name, name, title: m[1]! });
    from = m.index + m[0].length;
  }
  const rest = sentence.slice(from);
  if (!DEED_AFTER.test(rest)) return undefined;
  const deed = rest.replace(/^[\s,，]+/, '');
  return `${doers.map((d) => d.words.trimEnd()).join('、')}${deed}。${doers.map((d) => `${d.name}以《${d.title}》为题`).join('，')}`;
}

/** The name of the directory's person `piece` ends with (perhaps followed by 同志 or a post), the longest such. */
function doerEnding(piece: string, names: readonly string[]): string | undefined {
  let best: string | undefined;
  for (const n of names) {
    const at = piece.lastIndexOf(n);
    if (at >= 0 && AFTER_NAME.test(piece.slice(at + n.length)) && (best === undefined || n.length > best.length)) best = n;
  }
  return best;
}
