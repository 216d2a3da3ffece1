// 周涛「昨天在部里召开了党风廉政建设专题会，张颖做记录」 (round 68, ghd; t70b: asked who held it, though the head reports his own
// unit's meeting): who took a meeting's minutes is never its doer, as with a talk (talkChairApart): the clause is taken out
// and said on the receipt, and the meeting is read as if it named no one (a head's own meeting at once, round 67 ggb).
import { namedPeople } from './namedPeople.js';
import type { ParseContext } from './draft.js';
import type { Apart } from './companionsApart.js';

/** 张颖做记录 · 由张颖记录 · 张颖同志负责记录 · 张颖作的记录 · 张颖担任记录员: group 1 the one who took the minutes. */
const RECORDER_CLAUSE = /^(?:由)?([^,，;；。!?\s]{1,16}?)(?:同志)?(?:在场|现场|当场|全程)?(?:负责|担任)?(?:做记录|作记录|做的记录|作的记录|记录员|记录|做会议记录|作会议记录)(?:了)?[。.!！~]*$/;
/** 记录人：张颖 · 记录人张颖 · 会议记录：张颖: group 1 the one who took the minutes. */
const RECORDER_LABEL = /^(?:会议)?(?:记录人|记录员|记录)[:：]?\s*([^,，;；。!?\s:：]{1,16}?)(?:同志)?[。.!！~]*$/;
/** A meeting said in the sentence before: 召开…会 · 专题会 · 会议 (a talk's recorder is talkChairApart's). */
const MEETING = /会议|专题会|[开召]了?[^,，;；。]{0,20}会/;

/**
 * `text` without a clause that names only who took the minutes of the meeting right before it (「，张颖做记录」), with a
 * word for the card; undefined when there is none, the sentence holds a talk, or the name is no one of the directory.
 */
export function withoutMeetingRecorder(text: string, ctx: ParseContext): Apart | undefined {
  if (!/记录/.test(text) || /谈/.test(text)) return undefined;
  const clauses = text.split(/(?<=[,，;；。])/);
  const kept: string[] = [];
  const said: string[] = [];
  const names: string[] = [];
  let sentence = '';
  for (const clause of clauses) {
    const body = clause.replace(/[,，;；。\s]+$/, '');
    const recorder = MEETING.test(sentence) ? (RECORDER_CLAUSE.exec(body) ?? RECORDER_LABEL.exec(body)) : null;
    const ids = recorder ? (/^(?:我|本人)$/.test(recorder[1]!) ? [ctx.senderId] : (namedPeople(recorder[1]!, ctx) ?? [])) : [];
    if (ids.length > 0) {
      said.push(body);
      for (const id of ids) {
        const name = ctx.directory.person(id)?.name ?? id;
        if (!names.includes(name)) names.push(name);
      }
      const last = kept[kept.length - 1] ?? '';
      if (/[。;；]$/.test(clause)) kept[kept.length - 1] = last.replace(/[,，\s]+$/, clause.slice(-1));
      sentence = /[。;；]$/.test(clause) ? '' : sentence;
      continue;
    }
    kept.push(clause);
    sentence = /[。;；]$/.test(clause) ? '' : `${sentence}${clause}`;
  }
  if (said.length === 0) return undefined;
  const out = kept.join('').replace(/[,，;；\s]+$/, '');
  return { text: out, remarks: [`「${said.join('」「')}」：${names.join('、')}是会议记录人，未记为活动人`], companions: [], mayLead: [], denied: [] };
}
