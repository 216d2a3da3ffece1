// 会议纪要 written as labelled fields (时间：… 主持人：… 参加人员：… 内容：…), put back into one sentence the parser reads.

/** A field label and its colon, at the start of the text, a line or after a space or a break. */
const LABEL = /(?:^|(?<=[\s,;。:]))(会议时间|时间|日期|会议地点|地点|主持人|主持|参加人员|参会人员|出席人员|参加人|列席人员|会议内容|主要内容|内容|议题)\s*:/g;

/** What may stand before the first field: nothing, or a heading such as 会议纪要 / 纪要摘录:. */
const HEADING = /^[\s\S]{0,12}?(?:纪要|记录|摘录|会议)[^\n,;。]{0,6}\s*$|^\s*$/;

type Field = 'time' | 'host' | 'attendees' | 'content' | 'place';

function fieldOf(label: string): Field {
  if (/时间|日期/.test(label)) return 'time';
  if (/地点/.test(label)) return 'place';
  if (/主持/.test(label)) return 'host';
  if (/参加|参会|出席|列席/.test(label)) return 'attendees';
  return 'content';
}

const clean = (value: string) => value.replace(/^[\s,;。:]+|[\s,;。:]+$/g, '').replace(/\s*\n\s*/g, ',');

/**
 * Labelled minutes (normalised text) as one sentence: `时间，主持人主持内容，参加人员参加`, so the 时间 line gives the day of what
 * the 内容 tells, 主持人 its doer and 参加人员 who took part (round 14: the day asked though 时间：11月24日 was written, and
 * 「是哪位领导主持」 though 主持人：刘芳 was). The 地点 names no one and is left out. Undefined when the text is no such minutes
 * (no 内容 field, or neither 时间 nor 主持人, or words before the first field that are no heading).
 */
export function labelledMinutes(text: string): string | undefined {
  const labels = [...text.matchAll(LABEL)];
  if (labels.length < 2 || !HEADING.test(text.slice(0, labels[0]!.index))) return undefined;
  const fields = new Map<Field, string>();
  for (const [i, m] of labels.entries()) {
    const value = clean(text.slice(m.index + m[0].length, labels[i + 1]?.index ?? text.length));
    const field = fieldOf(m[1]!);
    if (value !== '' && !fields.has(field)) fields.set(field, value);
  }
  const content = fields.get('content');
  if (content === undefined || (!fields.has('time') && !fields.has('host'))) return undefined;
  const time = fields.get('time');
  const host = fields.get('host');
  const attendees = fields.get('attendees');
  return `${time !== undefined ? `${time},` : ''}${host !== undefined ? `${host}主持` : ''}${content}${attendees !== undefined ? `,${attendees}参加` : ''}`;
}
