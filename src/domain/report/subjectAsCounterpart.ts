// 孙科长已于上周三和王强谈心谈话 read as the sender's talks with 孙丽 and 王强: a sentence's subject recorded as someone talked to.
import { isTalkType } from '../activityTypes.js';
import { directoryIndex } from './parseDirectoryIndex.js';
import { surfaceItems, surnameTitleItems } from './parseCounterpartItems.js';
import type { ParseContext, ParsedReport } from './draft.js';
import { inNameDayList } from './listedBeside.js';

/** Before the subject, within its clause: no 我 and no word that would make the one named someone turned to. */
const NOTHING_BEFORE = /^[^我与和同跟找对给向为,;。!?:\n]*$/;
/**
 * After the subject: titles and adverbs, then 与/和/同/跟/找/约谈 someone — the shape of 「X与Y谈话」「X约谈了Y」. The 同 of
 * 同志 is no 同 (t44b F8: 「王磊部长及宣文部全体同志参加，会后与王磊…谈话」 had 王磊 as a subject turned to, and the card
 * said 句首的人被记成了对象).
 */
const THEN_WITH = /^(?:同志)?(?:副?(?:书记|理事长|主任|科长|部长|局长|主席))?(?:同志)?[^,;。!?\n我与和跟找]{0,14}?(?:与|和|同(?!志)|跟|找|约谈了?|约见了?)(?!我)/;

/**
 * 冯雪部长和维权部全体同志参加 (t44b F8's kin): a clause that only says who attended (…参加 · 出席 · 列席) names no subject who
 * talked with anyone, whatever 和 joins in it.
 */
const ATTENDED = /^[^,;。!?\n，；！？]*?(?:参加|出席|列席|参会)(?:了)?(?:会议|活动)?(?=[,;。!?\n，；！？]|$)/;

/**
 * Before someone turned to, within the clause: 我与副主任 · 与 · 和… (no one else named before, checked apart) — the shape of
 * 「（我）与X谈话」, the sender's own talk with X.
 */
const TURNED_TO_BEFORE = /^[^,;。!?:\n]*?(?:与|和|跟|同(?!志)|找|约谈了?)(?:副?(?:书记|理事长|主任|科长|部长|局长|主席)|医师|医生|干事|同志)?$/;

/**
 * Marks `subject_unclear` on the sender's talks and 责任书 whose counterparts include someone standing as the subject of
 * a clause (「孙科长已于…和王强…」): whatever reading gave them, such records are never saved without a tap (round 12:
 * two such messages were recorded at once, the doer made a counterpart and the sender the doer).
 */
export function markSubjectAsCounterpart(reports: ParsedReport[], text: string, ctx: ParseContext): void {
  const index = directoryIndex(ctx.directory);
  const listedNames = [...new Set(reports.flatMap((r) => r.draft.counterpartIds))].flatMap((id) => ctx.directory.person(id)?.name ?? []);
  const items = [...surfaceItems(text, index), ...surnameTitleItems(text, index)].filter((i) => i.ids.length === 1);
  const subjects = new Set(
    items
      .filter((i) => {
        const from = Math.max(...[',', ';', '。', '!', '?', ':', '\n', '，', '；', '：'].map((c) => text.lastIndexOf(c, i.start - 1))) + 1;
        // 王建国周一、刘芳周二、陈志强和赵敏周三，都是廉政谈话 (round 54, fjf, t56a F4: 句首的人被记成了对象 on a right card):
        // a list pairing those talked to with days has no subject turned to in it.
        return NOTHING_BEFORE.test(text.slice(from, i.start)) && THEN_WITH.test(text.slice(i.end)) && !ATTENDED.test(text.slice(i.end)) && !inNameDayList(text, i.start, text.slice(i.start, i.end), listedNames);
      })
      .map((i) => i.ids[0]!),
  );
  // 补报…：（2）10月22日我与副主任徐辉进行廉政谈话；（3）10月30日徐辉与医师孙杰开展谈心谈话 (t48b F7: every item right, the
  // card said 句首的人被记成了对象): one the sender (or no one named before) turns to in a clause of their own is rightly
  // the sender's counterpart there, whatever other clause they head.
  const turnedTo = new Set(
    items
      .filter((i) => {
        const from = Math.max(...[',', ';', '。', '!', '?', ':', '\n', '，', '；', '：'].map((c) => text.lastIndexOf(c, i.start - 1))) + 1;
        return TURNED_TO_BEFORE.test(text.slice(from, i.start)) && !items.some((o) => o !== i && o.start >= from && o.end <= i.start);
      })
      .map((i) => i.ids[0]!),
  );
  for (const id of turnedTo) subjects.delete(id);
  if (subjects.size === 0) return;
  for (const r of reports) {
    const own = r.draft.actorId === undefined || r.draft.actorId === ctx.senderId;
    const turnedTo = r.draft.type !== undefined && (isTalkType(r.draft.type) || r.draft.type === 'pledge_sign');
    if (own && turnedTo && r.draft.counterpartIds.some((id) => subjects.has(id))) r.reasons = [...(r.reasons ?? []), 'subject_unclear'];
  }
}
