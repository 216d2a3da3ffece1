// A complete report's last step: recorded at once with its receipt, or shown for 确认 first (less than sure, or a duplicate).
import { memberNumbering } from '../domain/report/memberNumbering.js';
import { CONFIRM_REASON_TEXT } from '../domain/report/confirmReasons.js';
import type { ConfirmReason, ReportDraft } from '../domain/report/draft.js';
import type { PendingItem } from '../domain/report/followUp.js';
import { mergeSameDeeds } from '../domain/report/mergeSameDeeds.js';
import { identicalRecordsRemark } from '../domain/report/identicalRecords.js';
import { remarksStillTrue } from '../domain/report/remarksStillTrue.js';
import { isGroupNote } from '../domain/report/groupNotesKept.js';
import { headNotesKept } from '../domain/report/headNotesKept.js';
import { departmentInWords } from './departmentInWords.js';
import { reasonsStillTrue } from '../domain/report/reasonsStillTrue.js';
import { shanghaiDate } from '../domain/shanghai.js';
import { confirmReportCard } from '../feishu/cards/confirmReportCard.js';
import type { BotDeps } from './botDeps.js';
import { describePending } from './describeActivity.js';
import { clearDialog, saveDialog } from './dialogStore.js';
import { mirroredQuestion, mirroredRecord } from './mirroredRecord.js';
import { sameDeedRecord } from './sameDeedRecord.js';
import { droppedCardsLine } from './waitingCardsNote.js';
import { withNotice } from './withNotice.js';
import { recordReport, type Reporter } from './recordReport.js';
import { countAboveRoster } from '../domain/report/countAboveRoster.js';

export interface Settlement {
  items: PendingItem[];
  remarks: string[];
  reasons: ConfirmReason[];
  who: Reporter;
  /** dialogKey of the chat and sender. */
  key: string;
  sourceEventId: string;
  /** The member's message that made it: recalling (撤回) that message withdraws the records. */
  sourceMessageId?: string;
  /** The member's earlier messages of the same report (the report an answer completed): recalling one withdraws them too. */
  relatedMessageIds?: string[];
  now: Date;
  /** The message, kept with non-talk records only when the operator asked for it. */
  text?: string;
  /**
   * More of a stored deed asked for (再补1篇; round 57, fed): its records are no duplicates of the ones they top up, on
   * the card or at 确认 (the dialog keeps the mark).
   */
  topUp?: true;
  /** The card id of the waiting dialog this settles (a question answered, a card corrected); none for a new report. */
  replacing?: string;
}

/**
 * Indexes of drafts whose record (type, day, doer, counterparts) is already in the ledger, not withdrawn.
 * Records made by `sourceEventId` itself are no duplicates: an event replayed after a crash between the ledger
 * write and the journal's 'done' finds its own records, and recordReport returns them with the same receipt.
 */
export function duplicatesOf(deps: BotDeps, drafts: ReportDraft[], reporterId: string, sourceEventId?: string): number[] {
  const out: number[] = [];
  drafts.forEach((d, i) => {
    const actor = d.actorId ?? reporterId;
    // 李明「今天和王建国…谈话」after 王建国「今天和李明…谈话」: one talk of the pair, told by both sides (a newcomer's finding).
    // 张颖's 「组联部向党组报送了廉政信息1篇」 after 周涛's own 「报送了廉政信息」 (t41a F23): the same deed told more fully.
    if (sameDeedRecord(deps, d, reporterId, sourceEventId) !== undefined || mirroredRecord(deps, d, actor, sourceEventId) !== undefined) out.push(i);
  });
  return out;
}

/** The confirmation card for a pending 'confirm' dialog; `editing`: the records offered one by one after 修改 (confirmReportCard). */
export function confirmCardFor(deps: BotDeps, items: PendingItem[], reasons: ConfirmReason[], duplicates: number[], remarks: string[], now: Date, senderId: string, editing?: number[]): object {
  const today = shanghaiDate(now);
  // A list with an unread line: each record numbered by the member's line (1, 2, 4), as 第N条 is then read (round 65, gec).
  const numbers = memberNumbering(items, remarks)?.numbers;
  const lines = items.map((item, i) => {
    // Always said, the sender too: a card with no 活动人 line hides a record wrongly put under the sender's name.
    const actor = item.draft.actorId ? deps.directory.person(item.draft.actorId)?.name ?? item.draft.actorId : '您本人';
    // The other side's record of the same deed: the card says whose it is, so the member knows it is not their own slip.
    // Another member's record of a deed of any kind (周涛's 信息报送 before 张颖's post, t41a F23) is said by name too.
    const mirrored = duplicates.includes(i) ? mirroredRecord(deps, item.draft, item.draft.actorId ?? senderId) ?? sameDeedRecord(deps, item.draft, senderId) : undefined;
    const duplicate = mirrored ? mirroredQuestion(deps, mirrored, item.draft, senderId, now) : duplicates.includes(i);
    return { text: describePending(deps.directory, deps.duties, item.draft, today, senderId), actor, duplicate, ...(numbers ? { number: numbers[i]! } : {}) };
  });
  // One line that another member has recorded already (李明's 「今天和王建国副理事长…」 after 王建国's own, both read as
  // 王建国>李明): nothing new would be stored, so why the reading needed a tap no longer matters; the card asks only
  // whether it is another talk, with its 仍要记录 button, as for the other side's record read the other way round.
  const othersOnly = lines.length === 1 && typeof lines[0]!.duplicate === 'string' && !lines[0]!.duplicate.startsWith('已有一条相同记录');
  // 周涛's own 我部… and 我与张颖… (round 33b, F8 A11: 「需要确认：记在他人名下」 of two records of his own): the reason is
  // said only while some record is someone else's; the card still waits for the tap its reading asked for.
  const othersDeed = items.some((i) => i.draft.actorId !== undefined && i.draft.actorId !== senderId);
  const said = othersDeed ? reasons : reasons.filter((r) => r !== 'third_person');
  const texts = said.length > 0 || reasons.length === 0 ? reasonTexts(said, items.length) : [OWN_DOER_READ];
  return confirmReportCard(lines, othersOnly ? [] : texts, [...new Set(remarks)], editing);
}

/** Said when the only reason to confirm was someone else's deed, and every record is the sender's after all. */
const OWN_DOER_READ = '消息里提到了其他人，活动人按您本人记录，请核对是谁做的';

/** Said when a card of one record carries only 'items' (its message was read as several): true of one record. */
const ONE_OF_ITEMS = '整条消息按这一条记录，请核对有没有漏掉的活动';

/**
 * The card's reasons in words. 'items' (「一条消息里有多项活动，已逐项拆开」) is false of a card of one record (round 30g:
 * B1, B2, B5, and a card left with one after 去掉第2条): left out beside other reasons, else said of the one record.
 */
function reasonTexts(reasons: ConfirmReason[], records: number): string[] {
  if (records !== 1 || !reasons.includes('items')) return reasons.map((r) => CONFIRM_REASON_TEXT[r]);
  const others = reasons.filter((r) => r !== 'items');
  return others.length > 0 ? others.map((r) => CONFIRM_REASON_TEXT[r]) : [ONE_OF_ITEMS];
}

/** The names of the people of the department `words` name (组联部), [] when they name none. */
function unitPeople(deps: BotDeps, words: string): string[] {
  const id = departmentInWords(deps.directory, words);
  return id === undefined ? [] : deps.directory.org.people.filter((p) => p.departmentId === id).map((p) => p.name);
}

/** Records complete items at once, or saves them for 确认 and returns the card asking for it. */
export async function settleReport(deps: BotDeps, settlement: Settlement): Promise<object> {
  const s = { ...settlement, items: mergeSameDeeds(settlement.items) };
  // A waiting card or question settled again after an answer or an edit (round 34a: A06, A16, A18): the notes that
  // explained the old reading go, on the card and so on the receipt; a new report's notes are its parser's own.
  if (s.replacing !== undefined) {
    const nameOf = (id: string) => deps.directory.person(id)?.name;
    const grouped = s.remarks.some(isGroupNote);
    s.remarks = remarksStillTrue(s.remarks, s.items.map((i) => i.draft), s.who.person.id, nameOf, shanghaiDate(s.now), (id) => deps.directory.department(id)?.name);
    // 第2条对象是组联部全体人员 (round 66, gfd): 「「组联部」按其负责人周涛记录」 goes once the card holds the unit whole.
    s.remarks = headNotesKept(s.remarks, s.items.map((i) => i.draft), s.who.person.id, nameOf, (words) => unitPeople(deps, words));
    // 「按通讯录展开了多人」 once the card's group notes all went (round 65, geh; t68a B3: 检查部门改成康复中心 kept it).
    if (grouped && !s.remarks.some(isGroupNote)) s.reasons = s.reasons.filter((r) => r !== 'group');
    // …and so do the reasons to confirm it gave (暂记在您名下 after the doer was named; round 35).
    s.reasons = reasonsStillTrue(s.reasons, s.items.map((i) => i.draft), s.who.person.id, deps.directory.org.people, shanghaiDate(s.now));
  }
  // Two records the same in every field (round 29a, A6): named on the card, never stored at once.
  const twice = identicalRecordsRemark(s.items);
  if (twice !== undefined) {
    s.remarks = [...s.remarks, twice];
    if (!s.reasons.includes('items')) s.reasons = [...s.reasons, 'items'];
  }
  const drafts = s.items.map((i) => i.draft);
  // 全体党员…参加2300人 in a unit of 26: a slip of the keyboard (or of the 工作动态 it was pasted from) would go into
  // the year-end head counts; more people than the unit has is shown for a tap (a newcomer's finding). The roster is
  // its department(s)' (summed) and its doer when their own people came, else the organisation's (countAboveRoster, t49a O2, t51b F10).
  if (drafts.some((d) => countAboveRoster(d, deps.directory.org.people, s.who.person.id)) && !s.reasons.includes('head_count')) s.reasons = [...s.reasons, 'head_count'];
  const duplicates = s.topUp ? [] : duplicatesOf(deps, drafts, s.who.person.id, s.sourceEventId);
  if (s.reasons.length > 0 || duplicates.length > 0) {
    const related = s.relatedMessageIds && s.relatedMessageIds.length > 0 ? { relatedMessageIds: s.relatedMessageIds } : {};
    const from = s.replacing !== undefined ? { cardId: s.replacing } : {};
    const saved = await saveDialog(deps.store, s.key, { kind: 'confirm', items: s.items, remarks: s.remarks, reasons: s.reasons, duplicates, ...(s.topUp ? { topUp: true as const } : {}), ...(s.sourceMessageId ? { sourceMessageId: s.sourceMessageId } : {}), ...related, ...from }, s.now);
    const card = confirmCardFor(deps, s.items, s.reasons, duplicates, s.remarks, s.now, s.who.person.id);
    // More cards waiting than the cap: the oldest went, said on the new card, never silently.
    const dropped = droppedCardsLine(deps, saved.dropped, s.now);
    const carried = dropped !== undefined ? withNotice({ kind: 'card', card }, [dropped]) : undefined;
    return carried?.kind === 'card' ? carried.card : card;
  }
  const card = await recordReport(deps, drafts, s.who, s.sourceEventId, s.now, s.remarks, s.text, s.sourceMessageId, s.relatedMessageIds);
  await clearDialog(deps.store, s.key, s.replacing);
  return card;
}
