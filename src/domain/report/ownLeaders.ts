// 我们部长 / 我们科长 / 我们分管领导: the sender's own head or 分管领导, named by the sender's place rather than by name.
import type { ParseContext } from './draft.js';

/** 我们部长, 咱们科的科长, 我们中心主任, 我们部门负责人: the head of the sender's department. */
const OWN_HEAD = /(?:我们|咱们|我们的|咱们的)(?:部门|科室|部里|科里|室里|部|科|室|中心)?(?:的)?(部长|科长|主任|中心主任|负责人|主要负责人|一把手)/g;
/**
 * 今天部长找我谈话了 (round 30a, F8: 「没有读出…活动」): a bare title as the subject of a deed turned to the sender (找我 ·
 * 和我 · 跟我…) is the sender's own head, as 我们部长 is; after a day word or at a clause start only.
 */
const BARE_HEAD = /(?<=^|[\s,;。!?:\u0000]|[天日号午晚早])(部长|科长|主任)(?=(?:又|也|还|刚|已经|已)?(?:找|和|跟|与|同|约|叫)了?我(?![们的]))/g;
/**
 * 部长前天找我谈话了 (round 56, the merge; t59a F4: refused, while 部长前天找我谈了心 was read): a day between the bare title
 * and 找我 (voice spaces too). Only opening the message or a clause: after a name (王磊 部长 昨天 和 我…) the title is
 * that person's, already named.
 */
const BARE_HEAD_DAY = /(?<=^|[,;。!?:\u0000])(部长|科长|主任)(?=\s?(?:今天|昨天|前天|大前天|(?:上|本|这)?(?:周|星期|礼拜)[一二三四五六日天]|\d{1,2}月\d{1,2}[日号]|\d{1,2}[日号])\s?(?:上午|下午|晚上)?\s?(?:又|也|还|刚|已经|已)?(?:找|和|跟|与|同|约|叫)了?\s?我(?![们的]))/g;
/**
 * 今天和部长谈了话 · 跟主任谈话了 · 和分管领导谈了话 (round 48, t50a N1): a bare title right after 和/跟/与/同, a talk
 * following in the clause, is the sender's own head or 分管领导 (no other is meant by the bare post); read as nothing, the
 * talk was dropped (「没有读出…活动」) or asked 和谁.
 */
const BARE_WITH = /(?<=(?:和|跟|与|同))(部长|科长|主任|分管领导|分管副理事长)(?=(?:一起|单独|进行了?|开展了?|做了?|作了?)?[^,，;；。\n]{0,6}?(?<!座)谈)/g;
/** 我们分管领导, 分管我们的副理事长: the 分管领导 of the sender's department. */
const OWN_SUPERVISOR = /(?:我们|咱们|我们的|咱们的)(?:部门|科室|部|科|室|中心)?(?:的)?分管(?:的)?(?:领导|副理事长|理事长|书记)|分管我们(?:部门|科室|部|科|室|中心)?的(?:领导|副理事长|理事长|书记)/g;

/**
 * The text with 我们部长 (and the like) replaced by the name of the one meant, the title kept
 * (我们部长 → 郑华部长), so the rest of the parser reads a named person. Found by the tester
 * (issue 10, round 1: 「我们部长和我谈过了」 was 没看懂, then recorded the wrong way round).
 * Left as it is when the sender has no department, or is that head (or 分管领导) themself.
 */
export function namingOwnLeaders(text: string, ctx: ParseContext): string {
  const me = ctx.directory.person(ctx.senderId);
  const dept = me?.departmentId ? ctx.directory.department(me.departmentId) : undefined;
  if (!dept) return text;
  const head = ctx.directory.person(dept.headId);
  const supervisor = ctx.directory.person(dept.supervisorId);
  let out = text;
  if (supervisor && supervisor.id !== ctx.senderId) out = out.replace(OWN_SUPERVISOR, () => `${supervisor.name}${supervisor.title.includes('副理事长') ? '副理事长' : ''}`);
  if (head && head.id !== ctx.senderId) out = out.replace(OWN_HEAD, (_all, title: string) => `${head.name}${/负责人|一把手/.test(title) ? '' : title.replace('中心', '')}`);
  out = out.replace(BARE_WITH, (title: string) => {
    const one = title.startsWith('分管') ? supervisor : head;
    if (!one || one.id === ctx.senderId) return title;
    if (title.startsWith('分管')) return `${one.name}${one.title.includes('副理事长') ? '副理事长' : ''}`;
    return one.title.includes(title) ? `${one.name}${title}` : title;
  });
  if (head && head.id !== ctx.senderId) {
    const named = (title: string): string => (head.title.includes(title) ? `${head.name}${title}` : title);
    out = out.replace(BARE_HEAD, named).replace(BARE_HEAD_DAY, named);
  }
  return out;
}
