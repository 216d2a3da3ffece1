// 「议题改成研究全面从严治党工作和部署明年党风廉政建设工作」 typed while a 专题会议 card waits (t52a F5: 「看起来这是计划安排…」,
// the value's 明年 read as a plan, the card unchanged): a meeting's agenda — what the card shows as 「议题：…」, kept as the
// record's note — put right by text. The value after 改成 is the member's data, never a plan, a query or a command.
import type { CardCorrection } from './cardCorrection.js';
import type { PendingItem } from './followUp.js';
import { isMeetingAgendaNote } from './meetingAgendaNote.js';

/** The meetings whose agenda is said on the card and the receipt (their note, when it reads as an agenda). */
export const AGENDA_TYPES: ReadonlySet<string> = new Set(['meeting_special', 'meeting_dept', 'review_analysis']);

/** 议题 · 会议议题 · 会议主题 · 会议内容 · 研究内容: the agenda's field named. */
const FIELD = '(?:会议)?(?:议题|主题|内容)|研究内容|研究的?事项';
/**
 * 议题改成X · 议题应该是X · 会议主题换成《X》 · 议题不对，是X: group 1 the new agenda, which may hold spaces and 、 but
 * ends at a sentence's stop or a comma (what follows is the member's reason).
 */
const SET = new RegExp(`^(?:${FIELD})(?:写错了|错了|不对|有误)?[,，;；:：\\s]*(?:应该?是|应为|改为|改成|换成|是|为)[:：\\s]*《?([^《》,，;；。!！?？]{2,60}?)》?\\s*(?:[,，;；。].*)?$`);

/** The agenda a clause sets (`said` normalised, after the record named), or undefined when it names no agenda. */
export function cardAgendaWords(said: string): string | undefined {
  const m = SET.exec(said.trim());
  return m ? m[1]!.trim() : undefined;
}

/**
 * `items` with the agenda `to` put on the meeting record(s) at `at` (0-based): every one named (`named`), else the card's one
 * meeting, or which is asked. Kept as the note when it reads as an agenda (研究… · 部署… · 传达学习…), so the card shows it
 * as 「议题：…」; words that do not (廉政风险防控) become the meeting's title, shown 《…》, and an agenda note of the old
 * reading goes, so the card never keeps two subjects. Undefined when no record at `at` is a meeting: the words are left to
 * the other readers (a 主题 of a 廉政教育 is its title).
 */
export function agendaPut(items: PendingItem[], at: number[], named: boolean, to: string): CardCorrection | undefined {
  const meetings = at.filter((i) => AGENDA_TYPES.has(items[i]!.draft.type ?? ''));
  if (meetings.length === 0) return undefined;
  const label = named ? `第${meetings.map((i) => i + 1).join('、')}条` : '';
  const what = `${label}议题改为「${to}」`;
  if (meetings.length > 1 && !named) return { kind: 'which', what };
  const asNote = isMeetingAgendaNote(to);
  const changed = items.map((item, i) => {
    if (!meetings.includes(i)) return item;
    if (asNote) return { ...item, draft: { ...item.draft, note: to } };
    const { note, ...draft } = item.draft;
    return { ...item, draft: { ...draft, title: to, ...(note !== undefined && !isMeetingAgendaNote(note) ? { note } : {}) } };
  });
  return { kind: 'changed', items: changed, what };
}
