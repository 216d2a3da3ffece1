// 「11月份分两次讲授廉政党课，第一次由王建国主持，张伟书记主讲；第二次由陈志强副理事长主讲。」 (issue 10, cc4): each numbered
// occasion (第一次/第二次, 首场/第二场, 上半月/下半月) is a lecture of its own, given by the one who 主讲/讲授 it. Read as one
// sentence, the first name (the chair) was taken for the lecturer of both, and an occasion's own day was lost. A chair
// (主持) is not a lecturer: an occasion naming only its chair is asked who lectured, as is one the message only counts.
import { PLACEHOLDER_LEADER } from './placeholderLeaderAsked.js';
import { VAGUE_SPAN } from './vagueSpan.js';

/** The lead: who and when, 分N次/场/期, the lecture, up to the comma or colon before the first occasion. */
const LEAD = /^([^。；;！!？?\n]*?)分(两|二|三|四|[2-4])(?:次|场|期|批)([^，,：:；;。]*?(?:廉政党课|党课|廉政课)[^，,：:；;。]*?)[，,：:]\s*/;

/** An occasion marker: 第一次 · 第二场 · 首场 · 首次 · 上半月 · 下半月 · 上旬/中旬/下旬. */
const MARKER = /(?:第[一二三四五六]|首)(?:次|场|期|讲)|上半月|下半月|上旬|中旬|下旬/g;

/** How many occasions the lead counts. */
const COUNT: Record<string, number> = { 两: 2, 二: 2, 三: 3, 四: 4, '2': 2, '3': 3, '4': 4 };

/** A day of the month, written in full or bare (9日 after a month said in the lead). */
const DAY = /(?:\d{1,2}月)?\d{1,2}[日号]/;

/** The chair of an occasion: (由)X主持, what follows 主持 of the meeting's words included. */
const CHAIR = /(?:由)?([^，,；;。:：()（）\s]{2,14}?)主持(?:会议)?/;

/** The lecturer of an occasion: (由/请/是)X主讲/讲授/授课/讲课/讲的 (maybe 廉政党课 after, said again). */
const LECTURER = /(?:由|请|邀请|是)?([^，,；;。:：()（）\s]{2,14}?)(?:同志)?(?:主讲|讲授|授课|讲课|宣讲|讲的|来讲)/;

/** A head count said for an occasion: 参加30人 · 30人参加 · 参加人数30人. */
const HEAD_COUNT = /参加(?:人员|人数)?\s*\d{1,4}\s*人|\d{1,4}\s*人参加/;

/** The span words of the lead that stand for the occasions' days (11月份, 本月): an occasion without its own day keeps them, so it is asked. */
const SPAN = new RegExp(VAGUE_SPAN);

/** Every day of the lead, in order. */
const DAYS = new RegExp(DAY.source, 'g');

/** What of the lead is no doer: its span words, days and joining marks. */
const NOT_DOER = new RegExp(`${SPAN.source}|${DAY.source}|[、,，和]`, 'g');

/**
 * `text` with each sentence that counts lectures (分两次讲授廉政党课) and then tells them occasion by occasion written as a
 * list, one line per lecture: its own day (or the lead's span, or the lead's Nth day, so it is asked when unsaid), its
 * lecturer (the occasion's 主讲/讲授; else the doer the lead names before 分; else, when it names its chair, 「某领导」,
 * asked; else none, read as any lecture of no named doer), the lecture, its
 * title and head count, and 「（X主持）」 for a chair (named, never the lecturer). Occasions the lead counts but the message
 * never tells are lines of their own with no lecturer (asked). A sentence whose occasions do not follow its lead, or that
 * tells more occasions than it counts, or names someone in an occasion as neither its lecturer nor its chair, is left as
 * written.
 */
export function withLectureOccasions(text: string, names: readonly string[]): string {
  if (!/分(?:两|二|三|四|[2-4])(?:次|场|期|批)/.test(text)) return text;
  return text
    .split(/(?<=[。！!？?\n])/)
    .map((sentence) => rewritten(sentence, names) ?? sentence)
    .join('');
}

/** One sentence written as its occasions, or undefined when it is not a lead over numbered occasions. */
function rewritten(sentence: string, names: readonly string[]): string | undefined {
  const lead = LEAD.exec(sentence.replace(/^\s+/, ''));
  if (!lead) return undefined;
  const [whole, before, count, deed] = lead;
  const body = sentence.replace(/^\s+/, '').slice(whole.length).replace(/[。！!？?\n\s]+$/, '');
  const markers = [...body.matchAll(MARKER)];
  // The occasions must open the rest, each at a marker.
  if (markers.length === 0 || markers[0]!.index !== 0) return undefined;
  const counted = COUNT[count!]!;
  if (markers.length > counted) return undefined;
  const segments = markers.map((m, i) => body.slice(m.index! + m[0].length, markers[i + 1]?.index ?? body.length));
  const noun = /廉政党课|党课|廉政课/.exec(deed!)![0]!;
  const month = /(\d{1,2})月/.exec(before!)?.[1];
  const span = SPAN.exec(before!)?.[0] ?? '';
  // 11月9日、23日: a bare day in the lead is of the month said before it.
  let lastMonth = month;
  const leadDays = [...before!.matchAll(DAYS)].map((m) => {
    const own = /^(\d{1,2})月/.exec(m[0])?.[1];
    if (own !== undefined) lastMonth = own;
    return own === undefined && lastMonth !== undefined ? `${lastMonth}月${m[0]}` : m[0];
  });
  // The lead's own doer (张伟书记分两次讲授…): a lecturer every occasion without its own shares.
  const leadDoer = names.some((n) => before!.includes(n)) ? before!.replace(NOT_DOER, '').trim() : undefined;
  const lines: string[] = [];
  for (let i = 0; i < counted; i++) {
    let seg = (segments[i] ?? '').replace(/^[是为:：,，\s]+/, '').replace(/[,，;；\s]+$/, '');
    let day = DAY.exec(seg)?.[0];
    if (day !== undefined) seg = seg.replace(day, '').replace(/[(（]\s*[)）]/, '');
    if (day !== undefined && !day.includes('月') && month !== undefined) day = `${month}月${day}`;
    day ??= leadDays.length === counted ? leadDays[i] : undefined;
    const chair = CHAIR.exec(seg);
    if (chair) seg = seg.replace(chair[0], '');
    const told = LECTURER.exec(seg.replace(/^[,，;；\s]+/, ''));
    const lecturer = told?.[1]?.replace(/^[,，;；\s]+/, '');
    // Someone named in a way read here as neither lecturer nor chair (第一次是张伟书记讲的): the sentence is left as written
    // rather than lose who it names.
    if (names.some((n) => (told ? seg.replace(told[0], '') : seg).includes(n))) return undefined;
    const title = /《[^》]+》/.exec(seg)?.[0] ?? '';
    const heads = HEAD_COUNT.exec(seg)?.[0];
    // Named by no one: the sender's own lecture when they could give it, else asked — the reader after decides, as for any
    // lecture of no named doer. Named only by its chair: asked who lectured, never the chair.
    const who = lecturer ?? leadDoer ?? (chair ? PLACEHOLDER_LEADER : '');
    // The chair in brackets: as a clause of its own (，X主持) the chair was read as the doer of a lecture that names none.
    lines.push(`${i + 1}.${day ?? span}${who}讲授${noun}${title}${chair ? `（${chair[1]}主持）` : ''}${heads ? `，${heads}` : ''}`);
  }
  const end = /\n$/.test(sentence) ? '\n' : '';
  return `\n${lines.join('\n')}\n${end}`;
}
