// 谈话时间：11月20日⏎谈话对象：徐辉⏎谈话类型：谈心谈话⏎记录人：刘洋 (round 44, fqd kind 2: a talk record form pasted line by
// line was read line by line — a talk with 徐辉 asked its type and day, and a second 谈心谈话 with no one asked 和谁, whose
// answer stored the talk twice). The same fields on one line (谈话时间：… 谈话对象：… 记录人：…) are read as the one talk
// they are (oneLineFields); a form of such lines, under a short heading or none, is written as that one line.

/** A form field line: 谈话时间：11月20日 · 记录人:刘洋. */
const FIELD = /^\s*[\u4e00-\u9fa5]{1,6}\s*[：:]\s*\S/;
/** The field that makes it a talk's form: whom the talk was with. */
const COUNTERPART = /^\s*(?:谈话对象|被谈话人|谈话对象姓名)\s*[：:]/;
/** A short heading over the form: 谈话记录 · 廉政谈话记录表 · 谈心谈话登记. */
const HEADING = /^\s*[^\s:：，,。；;]{0,10}谈[^\s:：，,。；;]{0,8}$/;

/** 参加人：赵磊 · 在场人员：… · 陪同人员：…: those there besides the two sides, said after the form as 赵磊在场. */
const PRESENT = /^\s*(?:参加人员?|在场人员?|陪同人员?|列席人员?)\s*[：:]\s*(.+?)\s*$/;

/**
 * `text` with a talk record form (every line a labelled field, one of them 谈话对象/被谈话人, a short heading above allowed)
 * written on one line, fields parted by a space, a 参加人/在场人员 field after it as 「，X在场」 (a talk form's 参加人 is
 * there, no one talked to: the one-line reader took 参加人 for those talked to); `text` itself when it is no such form. At
 * most one 谈话对象 field: a table of several talks is read row by row elsewhere.
 */
export function withTalkFormLinesJoined(text: string): string {
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  if (lines.length < 3) return text;
  const fields = HEADING.test(lines[0]!) && !FIELD.test(lines[0]!) ? lines.slice(1) : lines;
  if (fields.length < 2 || !fields.every((l) => FIELD.test(l))) return text;
  if (fields.filter((l) => COUNTERPART.test(l)).length !== 1) return text;
  // 活动名称：廉政谈话⏎时间：… (round 40): a form naming its activity is formAsSentence's, read right as it is.
  if (fields.some((l) => /^\s*(?:活动名称|活动主题|名称|会议名称)\s*[：:]/.test(l))) return text;
  const present = fields.map((l) => PRESENT.exec(l)?.[1]).filter((v): v is string => v !== undefined);
  const row = lines.filter((l) => !PRESENT.test(l)).map((l) => l.trim()).join(' ');
  return `${row}${present.map((p) => `，${p}在场`).join('')}`;
}
