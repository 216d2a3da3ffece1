// 昨天和李明廉政谈话 孙丽、王强也参加了 · 今天和刘洋谈心 刘芳副理事长也参加了 (r47 fse kind 4, voice input or a phone's space
// for a comma): the bystanders' clause, parted from the talk by a space only, was read into it — 孙丽 and 王强 stored at once
// as talked to, or a second talk of 刘芳's with the sender on the card. A clause of names only and what says they were
// there (也参加了 · 也在场 · 全程参加 · 列席 · 也一起 · 也在旁边做记录), after a talk or signing and a space, is a clause of its
// own, as it is after a comma (companionsApart reads it). 冯雪也来了 · 孙丽后来也到了 (round 50 fxc) say the same.

/** One or more names (with posts) spaced or parted by 、, then that they were there, to the clause's end. */
const BYSTANDERS = /^(?:[\u4e00-\u9fa5]{2,10}[\s、]*){1,5}?(?:同志)?(?:(?:也|还|都|全程)(?:一起|一块儿?|一同|陪同|在场|参加|参与|出席|列席|旁听|在旁边|在边上|在一旁|在)|(?:后来|中途)?(?:也|还|都)(?:后来|中途)?(?:来了|到了|过来了|赶来了|赶到了|到场)|列席|在场|陪同)[^,，;；。!?]{0,8}$/;

/**
 * 「昨天和李明谈了心 孙丽一块儿」 (round 63, gcc: two talks stored at once, with 孙丽 too): one name and 一块儿/一起 with
 * nothing after it, as 也一起 is; 「…李明 孙丽一起谈了心」 goes on with the deed and is left.
 */
const BARE_TOGETHER = /^[\u4e00-\u9fa5]{2,8}?(?:同志)?(?:一块儿?|一起|一道)(?:的|了)?[。!！~]*$/;

// 谈心谈话 孙丽也来了 我们聊了很久 · 吴静部长也来了 谈了一个多小时 (round 50 fyd, fxc's left-alone: 孙丽 made a second
// person talked to): what follows the bystanders' words after a space is a clause of its own too, whatever it says.
/** `clause` with the first space that closes its bystanders' words written as a comma; `clause` itself when there is none. */
function withTrailerBreak(clause: string): string {
  for (const gap of clause.matchAll(/[ \t]+/g)) {
    const head = clause.slice(0, gap.index);
    if (BYSTANDERS.test(head)) return `${head},${clause.slice(gap.index + gap[0].length)}`;
  }
  return clause;
}

const CLAUSE_BREAK = new Set([',', '，', ';', '；', '。']);
const CLAUSE_STOP = /[,，;；。!?\n]/g;

/**
 * `text` with the first space that opens a bystanders' clause after a talk or signing written as a comma, and a space that
 * closes such a clause (after a space or a comma) written as one too; `text` itself when there is none. A space between
 * names of one list (和王芳 胡军廉政谈话) opens no such clause.
 */
export function withSpacedBystanderBreak(text: string): string {
  let out = text;
  // The last , ， ; ； 。 and the last 谈 签 聊 before the gap, found scanning forward once (the gaps come in order): the
  // clause before the gap tells a talk or signing when the latter is in it.
  let clauseStart = 0;
  let talkAt = -1;
  let scanned = 0;
  for (const gap of text.matchAll(/[ \t]+/g)) {
    for (; scanned < gap.index; scanned++) {
      const c = text[scanned]!;
      if (CLAUSE_BREAK.has(c)) clauseStart = scanned + 1;
      else if (c === '谈' || c === '签' || c === '聊') talkAt = scanned;
    }
    if (talkAt < clauseStart) continue;
    const from = gap.index + gap[0].length;
    CLAUSE_STOP.lastIndex = from;
    const stop = CLAUSE_STOP.exec(text);
    const clause = text.slice(from, stop === null ? text.length : stop.index);
    // 分别谈了谈 都是廉政谈话 孙杰也在 (round 65, t68b F1: 孙杰 stored at once as a third person talked to): a spaced
    // words of the talk (都是廉政谈话) before the bystander are no name of theirs; the gap after them opens the clause.
    const head = clause.split(/[ \t]/, 1)[0]!;
    if (head !== clause && /谈|签|聊/.test(head)) continue;
    if (BYSTANDERS.test(clause) || BARE_TOGETHER.test(clause)) {
      out = `${text.slice(0, gap.index)},${text.slice(from)}`;
      break;
    }
  }
  // Each clause right after one of the talk or signing: its bystanders' words end at a space.
  const clauses = out.split(/(?<=[,，;；])/);
  return clauses.map((clause, i) => (i > 0 && /谈|签|聊/.test(clauses[i - 1]!) ? withTrailerBreak(clause) : clause)).join('');
}
