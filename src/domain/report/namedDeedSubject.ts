// 会上，陈志强通报了近期典型案例: the one named as a clause's subject did that clause's deed, never the sender who pasted it.
import { addressedBefore } from './addressedBefore.js';
import { ADDRESS_TITLES, directoryIndex } from './parseDirectoryIndex.js';
import { surfaceItems, surnameTitleItems } from './parseCounterpartItems.js';
import type { ParseContext } from './draft.js';

/**
 * The segment's opening before the name: its masked day, and what marks a later sentence of a pasted 工作动态 item
 * (会上, 随后, 课后…). A name after a body's own deed in the same segment (宣文部召开全体干部会议，赵敏同志作了廉政提醒) is not
 * the opening subject: whose that teaching was stays asked, as before. 向分管领导刘芳副理事长书面报告了… (round 46, t48b F3:
 * 刘芳 made the doer): a title run holding 向/给 names the one turned to.
 */
const OPENING =
  /^[\s\u0000,;。!?:]*(?:会上|会议上|会中|会议期间|会后|会议结束后|课后|检查结束后|调研期间|调研中|随后|之后|其后|其间|同时|此外|另外|最后|当天|当日|同日)?[\s\u0000,]*(?:(?:(?![向给])[\u4e00-\u9fa5]){0,10}?(?:书记|理事长|主任|科长|部长|成员|委员|领导|局长|主席)[、\s\u0000]*){0,3}$/;
const TITLES = ADDRESS_TITLES.join('|');
/**
 * After the name: titles, a few adverbs, then the deed — the masked type words themselves (通报了近期典型案例 is the
 * catalogue's 典型案例通报学习, masked whole) or a verb only the one holding a teaching uses (通报, 传达, 开展, 领学…) with
 * the type words or title later in the same clause (杨帆通报了学习体会 names no teaching: not this). 观看/参加/听取 are not
 * here: those are what the audience does, so they never make the named person the doer.
 */
// 王副理事长昨天上午到财务科参加我们科的警示教育会 (round 39, t38a F7: made his): the masked run right after the name may be
// the day, and one who then goes somewhere to attend (到…参加 · 参加 · 观看) is the audience, not the teaching's subject.
// 郑部长本月报送廉政信息3篇（11月2日1篇、11月23日2篇） from 陈静 (round 57, fee; fge's left-alone: the clerk's papers,
// while 郑部长11月2日报送… was 郑华's): a span of time said with no day (本月 · 11月份 · 上周 · 本季度) and 共/累计 between
// the name and the deed keep the name its subject, as the masked day there does.
const SPAN_BETWEEN = '(?:(?:本|上|这)个?(?:月|周|星期|季度)(?:以来|内)?|\\d{1,2}月份?(?![\\d日号])|今年以来|近期)?(?:共计|累计|一共|共|已经|已|先后)?';
const DEED = new RegExp(
  `^(?:同志)?(?:副?(?:${TITLES}))?(?:同志)?[\\s]*${SPAN_BETWEEN}[\\s]*(?:还|也|又|亲自|专门|同时|并|随即|再次|现场|带头|首先|重点){0,2}(?:结合[^,;。!?\\u0000]{1,12}?[,]?|以案说[纪法责德][,]?)?(?:\\u0000+(?![\\s\\u0000]*(?:上午|下午|晚上)?[\\s\\u0000]*(?:到|来到|来|去|赴|前往|深入|参加|出席|列席|观看|听取|旁听))|(?:通报|传达|开展|宣读|解读|领学|播放|讲解|剖析|以案说[纪法责德])[^,;。!?\\u0000]{0,16}?\\u0000)`,
);

/**
 * The person a clause opens with as the subject of a teaching deed: in 「会上，陈志强通报了近期典型案例」 or 「随后黄志刚开展了
 * 警示教育」 (`rest`: the segment with its day and type words masked by \u0000, positions kept) it is 陈志强 / 黄志刚.
 * Only the first person of the clause counts, only one known person (a surname alone or a name matching several people is
 * left to the other passes to ask), and never the sender (who is the default anyway). Returns the directory id and the
 * span of the name, or undefined.
 *
 * Why (round 26, F1): such clauses of a pasted item are split as records of their own, but no pass took the named subject
 * as their doer, so the sender was credited with a 警示教育 they only reported. A case briefing at a meeting does count as
 * a 警示教育 of its own — duties.md lists 典型案例通报学习 under 警示教育, and seed 002 counts 学习…典型案例通报 among the
 * 经常性教育 — so it stays a record; it is the briefer's, on the card.
 */
export function namedDeedSubject(rest: string, ctx: ParseContext): { id: string; start: number; end: number; text: string } | undefined {
  const index = directoryIndex(ctx.directory);
  const people = [...surfaceItems(rest, index), ...surnameTitleItems(rest, index)]
    .filter((p) => !p.departmentOnly)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  for (const p of people) {
    // 向分管领导刘芳副理事长报告了… (t48b F3): the one reported to opens no clause as its subject.
    if (!OPENING.test(rest.slice(0, p.start)) || addressedBefore(rest.slice(0, p.start))) continue;
    if (p.ids.length !== 1 || p.ids[0] === ctx.senderId) return undefined;
    if (!DEED.test(rest.slice(p.end))) return undefined;
    return { id: p.ids[0]!, start: p.start, end: p.end, text: p.text };
  }
  return undefined;
}
