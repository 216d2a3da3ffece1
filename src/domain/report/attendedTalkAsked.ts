// 李明「周涛和张颖今天一起参加了廉政谈话」 · 「周涛、张颖今天参加了廉政谈话」 (round 66, gfc; geb's leftovers): two people who
// attended a talk say they were talked to, not who held it. The first was read as the doer (周涛's talk with 张颖, carded
// without asking), and 、 made two talks of the sender's, stored at once, though the sender never said they held them.
// Both are the ones talked to; who held it is asked, their leaders offered (senderOnlyPresent's doersOffered).
import { isTalkType } from '../activityTypes.js';
import type { ParseContext, ParsedReport } from './draft.js';
import { namedPeople } from './namedPeople.js';
import { doersOffered } from './senderOnlyPresent.js';

/** The cheap gate. */
const GATE = /参加|参与|接受/;
/**
 * The whole message: a day perhaps, two names (titles allowed) joined by 和 · 跟 · 与 · 同 · 、 · 及 (groups 1, 2), a day
 * perhaps, 一起 · 都 · 一同 · 也, then 参加了 · 参与了 · 接受了 and a talk's kind (no one turned to, no 我).
 */
const ATTENDED =
  /^(?:(?:[\d]{1,2}[月.][\d]{1,2}[日号]?|[\d]{1,2}[日号]|[今昨前]天|上周[一二三四五六日天]|本周[一二三四五六日天]|周[一二三四五六日天])[\s，,]*)?(?:上午|下午|晚上)?[\s，,]*([\u4e00-\u9fa5]{2,6}?)[\s]*(?:和|跟|与|同|、|及)[\s]*([\u4e00-\u9fa5]{2,6}?)[\s，,]*(?:(?:[\d]{1,2}[月.][\d]{1,2}[日号]?|[\d]{1,2}[日号]|[今昨前]天|上周[一二三四五六日天]|本周[一二三四五六日天]|周[一二三四五六日天])(?:上午|下午|晚上)?)?[\s，,]*(?:一起|一同|都|也|共同)?(?:参加了|参与了|接受了|参加|参与|接受)(?:了)?(?:一次|一场)?(?:集体)?(?:廉政谈话|廉洁谈话|谈心谈话|提醒谈话|集体谈话|廉政约谈|谈话|谈心)[。.!！~]*$/;

/**
 * `reports` as one talk with both people of 「A和B…参加了<talk>」 as the ones talked to and its doer asked (missing_actor,
 * their leaders offered), when the message is that shape, names two directory people neither of them the sender, and was
 * read as one kind of talk; otherwise `reports` as they were. `text` is the message.
 */
export function withAttendedTalkAsked(reports: ParsedReport[], text: string, ctx: ParseContext): ParsedReport[] {
  if (reports.length === 0 || !GATE.test(text) || /我|本人/.test(text)) return reports;
  const m = ATTENDED.exec(text.trim());
  if (!m) return reports;
  const [a, b] = [namedPeople(m[1]!, ctx), namedPeople(m[2]!, ctx)];
  if (a?.length !== 1 || b?.length !== 1 || a[0] === b[0] || [a[0], b[0]].includes(ctx.senderId)) return reports;
  const types = new Set(reports.map((r) => r.draft.type));
  const [type] = [...types];
  if (types.size !== 1 || type === undefined || !isTalkType(type)) return reports;
  const first = reports[0]!;
  const people = [a[0]!, b[0]!];
  const { actorId: _unsaid, ...draft } = first.draft;
  const remarks = [
    ...first.remarks.filter((x) => !(x.startsWith('谈话人为') && x.endsWith('（代为上报）'))),
    `消息里没写是谁和${people.map((id) => ctx.directory.person(id)?.name ?? id).join('、')}谈的，请说明是谁谈的`,
  ];
  const reasons = (first.reasons ?? []).filter((x) => x !== 'third_person');
  return [
    {
      ...first,
      draft: { ...draft, counterpartIds: people },
      problems: [...first.problems.filter((p) => p.code !== 'missing_actor'), { code: 'missing_actor', candidateIds: doersOffered(people, ctx) }],
      remarks,
      ...(reasons.length > 0 ? { reasons } : { reasons: [] }),
    },
  ];
}
