// 孙丽「今天跟李娟谈心谈话 王强也一起 另外下午带大家看了警示片《迷途》」 · 张伟「上周二和李明谈了廉政谈话 张主任 也在」 ·
// 王建国「今天和周涛谈了谈心 何主任不在」 (round 66, gfc; t68b F4, t68a F3, gec's leftovers): voice input, or a phone's space for
// a comma, parts the clause of who was there or away from the talk by a space only, puts a space inside it (张主任 也在 ·
// 孙科长 只是 旁听 · 何平 不在), or goes on after it with a second deed (另外… · 下午又…). The readers of who was there or
// away (companionsApart, absentFromGroup, unlistedPresentNames) read such a clause only between commas and written whole:
// spaced, 王强 became a second person talked to, 何主任不在 a talk with 何平 stored at once, 张主任 asked as someone talked to.
// The clause is written as it would be typed: whole, between commas. Tabs are a pasted table's cells, never touched.

/** The cheap gate: a space, a deed told, and a word of presence or absence. */
const GATE = /[ \u3000\u00a0]/;
const DEED = /谈|签|聊|談|簽/;
/** Where a clause opens, read backwards from a gap: the nearest mark or line break. */
const CLAUSE_MARKS = new Set([',', '，', ';', '；', '。', '!', '！', '?', '？', '\n']);
const PRESENCE = /在|陪|一起|一块|一同|旁听|列席|参加|出差|请假|休假|缺席|没来|外出|下乡/;

/**
 * A space, then the people (names, a surname and a post, 小X/老X: 2–6 characters each, no deed or joining word, up to five
 * parted by spaces or 、), perhaps a space, then what says they were there or away, to a clause's end: the end of the
 * text, a mark, or a space.
 * Group 1 the people, group 2 the tail (its inner spaces kept, taken out by the caller).
 */
const SPACED_CLAUSE =
  /[ \u3000\u00a0]+((?:(?:(?!谈|談|签|簽|聊|和|跟|与|與|同|对|對|给|找|另外|还有|此外|然后|都是|参加|参与|出席|陪同|在场)[\u4e00-\u9fa5]){2,6}?[ \u3000\u00a0、]+){0,4}?(?:(?!谈|談|签|簽|聊|和|跟|与|與|同|对|對|给|找|另外|还有|此外|然后|都是|参加|参与|出席|陪同|在场)[\u4e00-\u9fa5]){2,6}?)[ \u3000\u00a0]*((?:当时|那天|当天)?(?:(?:也|还|都|全程)[ \u3000\u00a0]*(?:在场|在旁边|在边上|在一旁|在|一起|一块儿?|一同|一道|陪同|陪着|参加了|参与了|列席了?|旁听了?|来了|到了)|(?:只是|就是|只|仅|仅仅是?|也只是|就)[ \u3000\u00a0]*(?:在场|陪同|陪着|旁听|列席|在旁边|在边上|在一旁|做记录|记录)(?:听着?|看着|坐着)?(?:一下|而已)?|在场|陪同|列席|旁听|在旁边|在边上|在一旁|(?:不在|没在|缺席|没来|没到|出差|请假|休假|外出|下乡)(?:了)?(?:[ \u3000\u00a0]*(?:没有?|没能)(?:谈|签)(?:成)?)?(?:了)?))(?=$|[ \u3000\u00a0]|[,，;；。!！?？\n])/g;

/** After the clause, the deed goes on (也一起 谈了 · 也参加了 廉政谈话): the words were no clause of their own. */
const GOES_ON = /^[ \u3000\u00a0]*(?:谈|談|聊|签|簽|的|了|廉政|谈心|这次|那次|活动)/;

/**
 * `text` with each clause of who was there or away that follows a talk or signing and is parted by spaces written whole
 * between commas (「…谈心谈话 王强也一起 另外下午…」 → 「…谈心谈话，王强也一起，另外下午…」; 「张主任 也在」 → 「，张主任也在」);
 * `text` itself when there is none. Pure; the regular expressions are compiled once.
 */
export function withSpacedPresenceClauses(text: string): string {
  if (!GATE.test(text) || !DEED.test(text) || !PRESENCE.test(text)) return text;
  let out = '';
  let from = 0;
  for (const m of text.matchAll(SPACED_CLAUSE)) {
    const at = m.index;
    // Only right after the talk or signing it goes with, in the same clause: 「…廉政谈话，孙丽 王强也参加了」 is a list of
    // those who attended, its own clause already (companionsApart and the group readers read it whole).
    let open = at;
    while (open > 0 && !CLAUSE_MARKS.has(text[open - 1]!)) open--;
    if (!DEED.test(text.slice(open, at))) continue;
    const end = at + m[0].length;
    if (GOES_ON.test(text.slice(end))) continue;
    const people = m[1]!;
    // 我也在 · 大家都在 · 我们都在: no one named, left to the readers of the sender's own presence.
    if (/^(?:我|本人|大家|我们|他们|她们|其他|其余)/.test(people)) continue;
    // 陈静 郑华也在场: names parted by spaces are one list, written with 、 as typed.
    const said = `${people.replace(/[ \u3000\u00a0、]+/g, '、')}${m[2]!.replace(/[ \u3000\u00a0]+/g, '')}`;
    const after = text.slice(end);
    const close = /^[ \u3000\u00a0]+\S/.test(after) ? '，' : '';
    // Two such clauses in a row (吴静部长只是在场 孙丽也一起): the comma closing the first opens the second.
    out += at < from ? `${said}${close}` : `${text.slice(from, at).replace(/[,，]$/, '')}，${said}${close}`;
    from = close === '' ? end : end + /^[ \u3000\u00a0]+/.exec(after)![0].length;
  }
  return from === 0 ? text : out + text.slice(from);
}
