// 维权部 11月 廉政信息报送情况⏎报送日期：11月9日、11月23日⏎篇数：各1篇⏎报送人：冯雪 (round 21u, 39): a pasted form's day
// and doer sit in labelled fields, which the sentence reader never saw — it asked the day and stored the clerk as the doer.

import { findKinds } from './parseKind.js';
import { FORM_HEADING } from './formHeading.js';

/** A form field line: 报送日期：11月9日 · 报送人:冯雪. */
const FIELD = /^\s*([\u4e00-\u9fa5]{1,6})\s*[：:]\s*(.+?)\s*$/;

/** Field names that hold the deed's day or days. */
const DAY_FIELDS = new Set(['报送日期', '报送时间', '日期', '时间', '谈话时间', '谈话日期', '会议时间', '会议日期', '学习时间', '检查时间', '签订时间', '签订日期']);

/** 授课时间 · 学习日期 · 检查时间: any other field named for a day or time holds the deed's day too. */
const DAY_FIELD_ENDING = /(?:日期|时间)$/;

/** Field names that hold the doer, and the verb the field lends the sentence. */
const DOER_FIELDS: Record<string, string> = { 报送人: '报送', 负责人: '', 主持人: '主持', 谈话人: '', 主讲人: '主讲', 授课人: '讲授', 组织人: '组织', 组织者: '组织', 带队人: '带队', 带队领导: '带队' };


/** Fields of a kind-headed form that hold who took part or how many. */
const ATTENDEE_FIELDS = /^(?:参加人数|参训人数|人数|参加人员|参学人员)$/;

/** Fields of a kind-headed form that hold its title: 教育片：《贪毁人生》 · 党课题目：… · 学习内容：《…》. */
const TITLE_FIELDS = /^(?:教育片|警示片|片名|影片|题目|党课题目|课题|主题|学习内容|内容)$/;

/** A first field naming the activity (活动名称：…专题讲座): the form's heading. */
const NAME_FIELDS = /^(?:活动名称|活动主题|名称|会议名称|学习主题)$/;

/** Field names that hold a talk's counterpart. */
const COUNTERPART_FIELDS = new Set(['谈话对象', '被谈话人']);

/**
 * `text` with a form's labelled day and doer fields folded into its heading as one sentence
 * (「维权部 11月 廉政信息报送情况：冯雪11月9日、11月23日报送」), so the doer is the one named in 报送人/负责人/主持人 and
 * the days are the date field's; other lines stay as written. Unchanged unless the form names a doer field and a heading.
 */
export function formAsSentence(text: string, names: readonly string[]): string {
  const lines = text.split('\n');
  if (lines.length < 3) return text;
  const first = FIELD.exec(lines[0]!);
  // 活动名称：机关党委廉政教育专题讲座⏎时间：…⏎主讲人：… (round 40, t39a F27: the day, count and title dropped, the lines
  // named unread): a first field naming the activity is the form's heading, its kind the form's.
  const named = first !== null && NAME_FIELDS.test(first[1]!) && findKinds(first[2]!).length > 0;
  const heading = named ? first![2]! : lines[0]!.trim();
  if (!heading || (!named && first !== null)) return text;
  // 会议纪要⏎时间：…⏎主持人：…⏎内容：… is minutes, whose 内容 names the deed: labelledMinutes reads those.
  // 廉政教育学习记录表 · 警示教育登记表 (n22): a form headed by its kind is no minutes, whatever fields it has.
  const kindForm = named || (FORM_HEADING.test(heading) && findKinds(heading).length > 0);
  if (!kindForm && lines.some((l) => /^\s*(?:内容|会议内容|议题|参加人员|参会人员)\s*[：:]/.test(l))) return text;
  let day: string | undefined;
  let doer: string | undefined;
  let verb = '';
  let counterpart: string | undefined;
  const kept: string[] = [];
  /** A kind-headed form's head count and title, said after the deed. */
  const extras: string[] = [];
  for (const line of lines.slice(1)) {
    const m = FIELD.exec(line);
    const [field, value] = m ? [m[1]!, m[2]!] : ['', ''];
    if (m && (DAY_FIELDS.has(field) || DAY_FIELD_ENDING.test(field)) && day === undefined) day = value;
    else if (m && field in DOER_FIELDS && doer === undefined && names.includes(value.replace(/[（(].*$/, '').trim())) {
      doer = value.replace(/[（(].*$/, '').trim();
      verb = DOER_FIELDS[field]!;
    } else if (m && COUNTERPART_FIELDS.has(field) && counterpart === undefined) counterpart = value;
    else if (m && kindForm && ATTENDEE_FIELDS.test(field)) extras.push(/人数/.test(field) || /\d+人/.test(value) ? `参加${/\d+人/.exec(value)?.[0] ?? value}` : `${value}参加`);
    else if (m && kindForm && TITLE_FIELDS.test(field) && /《.+》/.test(value)) extras.push(value);
    else if (m && kindForm && TITLE_FIELDS.test(field) && field !== '学习内容' && field !== '内容') extras.push(`《${value}》`);
    else kept.push(line);
  }
  // Without a named doer the form is left to the readers that already know 谈话人/谈话对象 forms.
  if (doer === undefined || day === undefined) return text;
  const deed = counterpart !== undefined ? `与${counterpart}谈话` : verb;
  return [`${heading.replace(/[：:，,。]$/, '')}：${doer}${day}${deed}${extras.map((e) => `，${e}`).join('')}`, ...kept].join('\n');
}
