// 赵敏 「11月30日主持召开机关党委会议，专题研究党风廉政建设工作」 (round 53, fka; t55b F3: recorded as a 专题会议 and counted
// toward the 党组's 专题研究, 2/2 with it): the body a piece names as holding its meeting — 机关党委 · 机关纪委 · a 党支部 ·
// 理事长办公会 — goes on the 专题会议 record, so completion (partyLevel) counts it as that body's and the card says so.
import type { MeetingBody } from '../meetingBody.js';
import type { ParsedReport } from './draft.js';

/**
 * What may stand between a body's name and its 会议: 扩大 in any bracket or bare, the year and the meeting's number
 * (机关党委2026年第6次会议 · 机关党委第三次扩大会议).
 */
const WIDER = '(?:\\d{4}年(?:度)?)?(?:第[\\d一二三四五六七八九十]+次)?(?:[（(]扩大[)）]|扩大)?';
/**
 * 专题 · 专题研究 · 党风廉政建设专题 before the 会议 (round 68, ghi; t71a FB3: 「趙敏書記主持召開機關黨委專題會議」 was stored as
 * the 党组's 专题会议 and counted 完成 1 toward 党组专题研究): the body's own 专题会议 is still that body's.
 */
const TOPIC = '(?:(?:党风廉政建设|全面从严治党|廉政)?专题(?:研究)?(?:工作)?)?';
/** 机关党委 会议 (round 69, gie: voice input parts the body's name from its 会议 with a space). */
const SP = '[\\s]*';
/** A body's name, not one of its offices (机关党委书记 · 机关纪委委员 name a person) and not 会同 (机关党委会同…: together with). */
const MEETING_OF: readonly [MeetingBody | 'party_group', RegExp][] = [
  // 机关党委会议 · 机关党委扩大会议 · 机关党委（扩大）会议 · 机关党委委员会议 · 机关党委会 · 机关党委召开（专题）会议
  ['party_committee', new RegExp(`机关党委${SP}${WIDER}(?:委员|全体|全委)?${WIDER}${TOPIC}${SP}(?:会议|会(?!同))|机关党委[\\s\\u0000]*(?:于[^,;。，；]{0,10}?)?召开了?[^,;。，；]{0,8}?会`)],
  // 机关纪委会议 · 机关纪委全体会议 · 机关纪委召开会议
  ['discipline_committee', new RegExp(`机关纪委${SP}${WIDER}(?:委员|全体)?${WIDER}${TOPIC}${SP}(?:会议|会(?!同))|机关纪委[\\s\\u0000]*(?:于[^,;。，；]{0,10}?)?召开了?[^,;。，；]{0,8}?会`)],
  // 支部委员会 · 支委会 · 党支部会议 · 第一党支部支委会 · 党总支会议 · 支部党员大会
  ['branch', new RegExp(`(?:党支部|党总支|支部)${WIDER}(?:支委|委员|全体党员|党员)?${WIDER}${TOPIC}(?:大会|会议|会(?!同))|支委${WIDER}(?:会议|会(?!同))|(?:党支部|党总支|(?<!党)支部)[\\s\\u0000]*召开了?[^,;。，；]{0,8}?会`)],
  // 理事长办公会 · 理事长办公会议
  ['director_office', /理事长办公会/],
  // 党组会议 · 党组（扩大）会议 · 党组会 · 党组召开…会议: the 党组's own, today's reading
  ['party_group', new RegExp(`党组${SP}${WIDER}${TOPIC}${SP}(?:会议|会(?!同))|党组[\\s\\u0000]*召开了?[^,;。，；]{0,8}?会`)],
];

/**
 * The body whose meeting `piece` (one clause or list item, as written) names: 'party_group' for a 党组会议, a MeetingBody
 * for another body, undefined when none is named (主持召开专题会议: today's reading) or more than one is (参加党组会议后召开
 * 机关党委会议: which one the record is, the words do not settle; today's reading stays).
 */
export function meetingBodySaid(piece: string): MeetingBody | 'party_group' | undefined {
  // 参加党组会议后，主持召开机关党委会议，传达学习党组会议精神: the meeting held (召开 · 主持 · 开了 before its name) is the
  // record's; the others named are attended or quoted.
  const held = MEETING_OF.filter(([, words]) => new RegExp(`(?:召开|主持|开了|开)了?[\\s\\u0000]*(?:[\\u4e00-\\u9fa5]{0,4}?)(?:${words.source})`).test(piece)).map(([body]) => body);
  if (held.length === 1) return held[0];
  const said = MEETING_OF.filter(([, words]) => words.test(piece)).map(([body]) => body);
  if (said.length === 1) return said[0];
  return said.length === 0 ? chairPostBody(piece) : undefined;
}

/**
 * The body whose 书记 the chair is called by, in the words that say who chaired: 机关党委书记赵敏主持召开 · 党组书记、理事长张伟同志
 * 主持 · 会议由机关纪委书记黄志刚主持 (group 1 the body). Round 69 (gie; issue 10: 赵敏「机关党委书记赵敏主持召开专题会议」 was the
 * 党组's 专题会议, counted toward 党组专题研究): the meeting names no body, the chair's post does. 副书记 too; a bare 书记 (赵敏书记)
 * names none, and someone of a post there only (…书记赵敏出席) chaired nothing.
 */
const CHAIR_POST = /(机关党委|机关纪委|党组|党支部|党总支|(?<!党)支部)副?书记(?:[、，,][^,，。；;\s\u0000]{1,8}?)?[\s\u0000]*(?:[\u4e00-\u9fa5]{2,3}?)?(?:同志)?[\s\u0000]*主持/;
const POST_BODY: Record<string, MeetingBody | 'party_group'> = { 机关党委: 'party_committee', 机关纪委: 'discipline_committee', 党组: 'party_group', 党支部: 'branch', 党总支: 'branch', 支部: 'branch' };

function chairPostBody(piece: string): MeetingBody | 'party_group' | undefined {
  const post = CHAIR_POST.exec(piece)?.[1];
  return post === undefined ? undefined : POST_BODY[post];
}

/**
 * `reports` (one piece's readings) with each 专题会议 given the body `piece` names as holding it, when that body is not the
 * 党组 (Activity.meetingBody); other records, and a piece naming the 党组 or no body, are returned as they were.
 */
export function withMeetingBody(reports: ParsedReport[], piece: string): ParsedReport[] {
  if (!reports.some((r) => r.draft.type === 'meeting_special')) return reports;
  const body = meetingBodySaid(piece);
  if (body === undefined || body === 'party_group') return reports;
  return reports.map((r) => (r.draft.type === 'meeting_special' ? { ...r, draft: { ...r.draft, meetingBody: body } } : r));
}
