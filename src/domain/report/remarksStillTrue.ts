// Round 34a (A06, A16, A18; issue 10): after an answer or an edit changed the card's records, notes that explained the old
// reading stayed on the card and the receipt — 「按冯雪的活动记录（代为上报）」 for a record left out, 「「典型案例通报」按
// 警示教育记录（未按廉政教育）」 after the type was changed to 廉政教育, 「消息里的「11月25日」没有对应到任何记录」 after that day
// answered the question. A note is kept only while it is still true of the records it now stands beside.
import { activityTypeName, ACTIVITY_TYPES } from '../activityTypes.js';
import type { ReportDraft } from './draft.js';
import { doerRemarksKept } from './doerRemarksKept.js';
import { presenceNotesKept } from './presenceNotesKept.js';
import { groupNotesKept } from './groupNotesKept.js';
import { tallyNotesKept } from './tallyNotesKept.js';
import { parseDay } from './parseDay.js';
import { unrecordedNamesNote } from './unrecordedNamesNote.js';
import { holdsTalk, TALK_CONTENT_NOT_KEPT } from './talkContentLeftOut.js';
import { PAIR_READ_NOTE } from './talkPairAsked.js';

/** 「…」按警示教育记录（未按廉政教育） · 「学习《准则》」按廉政教育记录: group 1 the type the words were read as. */
const READ_AS = /按([\u4e00-\u9fa5]{2,12}?)记录(?:（未按[^）]*）)?$/;
/**
 * superiorHolds' note on a talk or signing turned round: 「王建国是您的上级，按王建国与您的谈话记录（记在王建国名下）」; group 1
 * the superior's name.
 */
const HELD_ABOVE = /^([\u4e00-\u9fa5]{2,4})是您的上级，按\1与您的(?:谈话|签订)记录/;
/** Notes that say the sender was taken as the doer (…按您本人记录 · 按您主谈记录…): false once no record is theirs. */
const OWN_DOER = /按您本人记录|按您主谈记录/;
/** unaccounted's leftoverRemark: 「消息里的「11月27日」、「《监察法》」没有对应到任何记录，请核对是否漏记」. */
// The day's deed words in （…） after it (t48b F3) go with the note, dropped once any of its days is a record's.
export const LEFT_OVER = /^消息里的(.+?)没有对应到任何记录(?:（[^）]*）)?，请核对是否漏记$/;

const TYPE_NAMES: ReadonlySet<string> = new Set(ACTIVITY_TYPES.map((t) => t.name));
/**
 * 日期沿用上一句：11-25 · 「…」按11月25日已进行记录: a note on how a day was read; group 1 the MM-DD (or M月D日) it names. Once
 * the member put the day right on the card (t52a F7's kind, round 50 fxc) and no record has that day, it is the old reading.
 */
const DAY_READ = /^(?:日期沿用上一句：(\d{2}-\d{2})$|「[^」]*」按(\d{1,2})月(\d{1,2})日已进行记录)/;
/**
 * daysPeopleUnpaired's note: 「写了3个日期（…）、4个人，分别对不上，请按人员顺序逐一回复每人的日期」 (or 每处的日期). It asks for the
 * days; once every record has one (answered, round 52 fwe: t54a B10, still on the card after the days were given) it goes.
 */
const DAYS_UNPAIRED = /^写了\d+个日期（[^）]*）、.+分别对不上，请按(?:人员|部门)顺序逐一回复每(?:人|处)的日期$/;
/**
 * A note that asks the day of a record whose day was taken off (dawnMorning · dayStillToCome · otherOccasionUndated):
 * 「…还没到，请确认是哪一天进行的（例如昨天上午）」 · 「「…」是另一次，没有写日期，请确认是哪一天进行的」.
 */
const DAY_ASKED = /请确认是哪一天进行的(?:（[^）]*）)?$/;
/** dayStillToCome's note on a record kept on today: 「「今天下午」说的时段今天还没到，请核对：…」. */
const PART_TO_COME = /说的时段今天还没到，请核对/;
/** checkCompanionsRemark's note (round 44, t45a F6): 「同行：林晓、您本人（同一次检查，未另记）」; group 1 the names. */
const WENT_ALONG = /^同行：(.+)（同一次检查，未另记）$/;

/**
 * `remarks` less what is no longer true of `drafts` (the records the card now holds, after an answer or an edit): a
 * doer note naming someone who does no record (doerRemarksKept); a note that words were read as a type no record has;
 * in a leftover note, each word that is a day some record now has (the note dropped when no word is left); a
 * 「X是您的上级，按X与您的谈话记录」 note when no record is X's with the sender alone; a note saying the sender was taken as
 * the doer (按您本人记录 · 按您主谈记录) when no record is the sender's own; in a 「同行：…」 note, each name now a check's
 * doer (the note dropped when none is left, or no record is a check); a name a 「…未记为活动人或对象」 note gives that a record
 * now makes a doer or counterpart (unrecordedNamesNote); a note on how a day was read (日期沿用上一句：MM-DD) when no record
 * has that day; the 「…分别对不上，请按…逐一回复…的日期」 note once every record has a day. Every
 * other remark kept, in order. `senderId`: the doer of a draft with no actorId; `nameOf` gives a person's name;
 * `today` (YYYY-MM-DD, Shanghai) reads the days. Notes of who was there or may have held it go as presenceNotesKept says,
 * notes of a group read as people or units as groupNotesKept says (`departmentName` gives a department's name by id).
 */
export function remarksStillTrue(remarks: readonly string[], drafts: readonly ReportDraft[], senderId: string, nameOf: (id: string) => string | undefined, today: string, departmentName?: (id: string) => string | undefined): string[] {
  const types = new Set(drafts.flatMap((d) => (d.type !== undefined ? [activityTypeName(d.type)] : [])));
  const days = new Set(drafts.flatMap((d) => (d.date !== undefined ? [d.date] : [])));
  const anyOwn = drafts.some((d) => d.actorId === undefined || d.actorId === senderId);
  // Round 35: a superior who holds no record with the sender any more (the person corrected on the card).
  const holders = new Set(drafts.flatMap((d) => (d.actorId !== undefined && d.counterpartIds.length === 1 && d.counterpartIds[0] === senderId ? [nameOf(d.actorId)] : [])));
  // 「…」：陈志强是委托、安排或同意的人，未记为活动人或对象 once 陈志强 is made a doer on the card (t48b F7): his name goes.
  // 吴晶就是吴静 也跟她一起谈的 (round 64, gda): notes of who was there, who may have held it and whom it was with, answered.
  // 检查部门改成康复中心 · 第2条不要 (round 65, geh; t68a B3): notes of how a group of people or units was read, narrowed.
  // 5到12条删掉 (round 69, gil; t72b F1): a tally's 按每人1次记录 note goes with the group its records were read from.
  const grouped = tallyNotesKept(remarks, groupNotesKept(remarks, drafts, senderId, nameOf, departmentName));
  return presenceNotesKept(doerRemarksKept(grouped, drafts, senderId, nameOf), drafts, senderId, nameOf).flatMap((said) => {
    const m = unrecordedNamesNote(said, drafts, senderId, nameOf);
    if (m === undefined) return [];
    const held = HELD_ABOVE.exec(m)?.[1];
    if (held !== undefined && !holders.has(held)) return [];
    // 周涛和张颖… read as 周涛's (round 65, geb): turned round on the card (反了), the note of how it was read goes.
    const pair = PAIR_READ_NOTE.exec(m);
    if (pair !== null && !drafts.some((d) => d.actorId !== undefined && nameOf(d.actorId) === pair[1] && d.counterpartIds.some((c) => nameOf(c) === pair[2]))) return [];
    if (OWN_DOER.test(m) && !anyOwn) return [];
    // t52a F8: 「谈话内容按规定不记入台账…」 only beside a talk (the type answered as another kind, or the talk taken off).
    if (m === TALK_CONTENT_NOT_KEPT && !holdsTalk(drafts)) return [];
    // 同行：林晓 once 林晓 is made the check's doer on the card (or no record is a check any more): the one who led is no
    // one who went along (round 44).
    const along = WENT_ALONG.exec(m)?.[1];
    if (along !== undefined) {
      const checks = drafts.filter((d) => d.type?.startsWith('inspect_') === true);
      const doers = new Set(checks.map((d) => (d.actorId === undefined || d.actorId === senderId ? '您本人' : nameOf(d.actorId))));
      // 孙丽不算同行 on the card (round 59, fcd; t61b F3): a name no check has among its companions any more goes too.
      const listed = checks.some((d) => d.companionIds !== undefined);
      const companions = new Set(checks.flatMap((d) => (d.companionIds ?? []).map((id) => (id === senderId ? '您本人' : nameOf(id)))));
      const still = along.split('、').filter((n) => !doers.has(n) && (!listed || companions.has(n)));
      return checks.length === 0 || still.length === 0 ? [] : [`同行：${still.join('、')}（同一次检查，未另记）`];
    }
    if (DAYS_UNPAIRED.test(m) && drafts.every((d) => d.date !== undefined)) return [];
    // 发消息时「今天上午」还没到，请确认是哪一天进行的 (round 67, ggb; t69b A: still on 赵敏's 党课 card after 昨天 answered it):
    // a note asking the day goes once every record has one; one saying today's part is still to come, once none is today's.
    if (DAY_ASKED.test(m) && drafts.every((d) => d.date !== undefined)) return [];
    if (PART_TO_COME.test(m) && !days.has(today)) return [];
    const dayRead = DAY_READ.exec(m);
    if (dayRead) {
      const md = dayRead[1] ?? `${dayRead[2]!.padStart(2, '0')}-${dayRead[3]!.padStart(2, '0')}`;
      if (drafts.every((d) => d.date !== undefined) && ![...days].some((d) => d.slice(5) === md)) return [];
    }
    const readAs = READ_AS.exec(m)?.[1];
    if (readAs !== undefined && TYPE_NAMES.has(readAs) && !types.has(readAs)) return [];
    const left = LEFT_OVER.exec(m);
    if (!left) return [m];
    const words = left[1]!.split('、');
    const still = words.filter((w) => !days.has(dayOf(w.replace(/^「|」$/g, ''), today) ?? ''));
    if (still.length === words.length) return [m];
    return still.length > 0 ? [`消息里的${still.join('、')}没有对应到任何记录，请核对是否漏记`] : [];
  });
}

/** The day a leftover word is when it is nothing but a day (11月25日 · 周五), else undefined. */
function dayOf(word: string, today: string): string | undefined {
  const read = parseDay(word, today);
  return read.date !== undefined && read.rest.replace(/[\s\u0000]/g, '') === '' ? read.date : undefined;
}
