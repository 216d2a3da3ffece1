// A 台账 row's 备注/说明 cell read piece by piece (round 49, fvb, t51b F6): 胡军's table 「序号⇥科室⇥时间⇥工作内容⇥负责人⇥备注」
// with 「谈心谈话⇥李明⇥对象：王芳」 was asked 「李明是和谁谈的？」, and 「廉政党课⇥郑华⇥12人」 lost its 12 on the card — the cell was
// read whole, and only as a title, a paper count or 林晓参加. Each piece of it (parted by ，；、 or spaces) is now what it says:
// the one talked or signed with, the head count, a title, who went along, the papers; any other piece is kept as prose.

/** 对象：王芳 · 谈话对象 王芳 · 对象为王芳、胡军 · 与王芳: the label (or 与) before the names of those the deed was with. */
const COUNTERPART_LABEL = /^(?:(?:谈话|签订|谈心)?对象(?:为|是)?\s*[:：]?|(?:与|和|同|跟))\s*/;

/** A label alone in a piece (谈话对象 ⏎ 王芳 parted by a space): joined with the piece after it. */
const LABEL_ALONE = /^(?:(?:谈话|签订|谈心)?对象|参加人数|参会人数|人数|实到人数?)\s*[:：]?$/;

/**
 * 12人 · 参加12人 · 12人参加 · 共12名 · 参加人数：12 · 实到11人: a head count, the figure in group 1 (a bare number only
 * after a 人数 label).
 */
const HEADS = /^(?:参加|参会|出席|到会|参学|共|计|实到)?\s*(\d{1,3})\s*(?:人|名)(?:次)?\s*(?:参加|参会|参与|出席|参学)?$|^(?:参加人数|参会人数|人数|实到人数?)\s*[:：]?\s*(\d{1,3})\s*(?:人|名)?$/;

/** What one 备注 cell says, piece by piece; each field '' when the cell says nothing of it. */
export interface NoteCellParts {
  /** Those the row's deed was with, as written (王芳 · 王芳、胡军), every one a directory name. */
  counterpart: string;
  /** The head count (12). */
  heads: string;
  /** The pieces no field above took, in order (观看《围猎》 · 林晓参加 · 1人请假): written after the row's deed as prose. */
  rest: string[];
}

/**
 * `cell` (a 备注/说明 cell) read piece by piece against `names` (the directory's people): a labelled list of names (对象：王芳)
 * is the counterpart, a head count (12人 · 参加12人) the heads; every other piece is kept in `rest`, never dropped. A piece
 * inside 《》 is never cut.
 */
export function noteCellParts(cell: string, names: (name: string) => boolean): NoteCellParts {
  const pieces: string[] = [];
  // Parted by ，；。 and spaces outside 《》; 、 stays inside a piece (王芳、胡军).
  let piece = '';
  let depth = 0;
  for (const ch of cell.trim()) {
    if (ch === '《') depth++;
    if (ch === '》') depth = Math.max(0, depth - 1);
    if (depth === 0 && /[，,；;。\s\u3000]/.test(ch)) {
      if (piece !== '') pieces.push(piece);
      piece = '';
    } else piece += ch;
  }
  if (piece !== '') pieces.push(piece);
  const joined: string[] = [];
  for (const p of pieces) {
    const last = joined[joined.length - 1];
    if (last !== undefined && LABEL_ALONE.test(last)) joined[joined.length - 1] = `${last}：${p}`;
    else joined.push(p);
  }
  let counterpart = '';
  let heads = '';
  const rest: string[] = [];
  for (const p of joined) {
    const label = COUNTERPART_LABEL.exec(p);
    const listed = label ? p.slice(label[0].length).split(/[、，,和及]/).map((n) => n.replace(/同志$/, '').trim()) : [];
    if (label && counterpart === '' && listed.length > 0 && listed.every((n) => names(n))) {
      counterpart = listed.join('、');
      continue;
    }
    const h = HEADS.exec(p);
    if (h && heads === '') {
      heads = (h[1] ?? h[2])!;
      continue;
    }
    rest.push(p);
  }
  return { counterpart, heads, rest };
}
