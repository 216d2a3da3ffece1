// 「参加人数也要填吗？」 · 「日期必须写吗」 · 「这个能不填吗」 · 「不知道几个人怎么办」 typed while a question waits (round 68, ghd;
// t70b: 「没能把这条回复读成下面问题的答案」, the member's question left unanswered): a question about what a report needs, answered
// plainly with the facts 帮助 gives — 类型 and 日期 always, 和谁 for a talk or a signing, who held a meeting; 人数, 题目, 部门 and
// 议题 may be left out — before the waiting question is asked again. Nothing is taken from the question itself.
import type { ActivityTypeCode } from '../activityTypes.js';
import { isTalkType } from '../activityTypes.js';
import { normalizeText } from './parseNormalize.js';

/** A field of a report the member can ask about. */
export type AskedField = 'attendees' | 'date' | 'counterpart' | 'title' | 'department' | 'agenda' | 'actor' | 'type';

/** The words that name each field, in the order tried (人数 before 对象: 参加对象人数 is a count). */
const FIELD_WORDS: readonly (readonly [AskedField, RegExp])[] = [
  ['attendees', /参加人数|参会人数|人数|几个人|几位|多少人|几人|多少个人|人头/],
  ['date', /日期|日子|时间|哪天|哪一天|几号|哪日/],
  ['counterpart', /谈话对象|签订对象|对象|和谁|跟谁|与谁|谈的谁|姓名|名字/],
  ['title', /题目|标题|片名|名称|书名|文件名|学的什么|看的什么|看的啥|学的啥/],
  ['department', /部门|科室/],
  ['agenda', /议题|会议内容|主要内容/],
  ['actor', /活动人|主持人|谁主持|谁开的|谁组织|组织人|负责人/],
  ['type', /类型|哪类|哪一类|什么类|种类/],
];

/** 这个 · 这项 · 这一栏: the field the waiting question asks about. */
const THIS_FIELD = /这个|这项|这一项|这一栏|这栏|这里|这儿|这块|这一块/;

/** Whether a field must be there: 也要填吗 · 必须写吗 · 能不填吗 · 可以不写吗 · 要不要填 · 是必填的吗 · 可以空着吗. */
const NEED_ASKED =
  /(?:也|还|都|一定|非|必须)?(?:要|得|需要|必须|必需)(?:填|写|报|填写|写上|填上|说|提供|有)?(?:吗|么|嘛|不|啊\?|\?|？)|必填|必须|一定要|非得|非要|可以不|能不|不填|不写|不报|可不可以不|能不能不|要不要|需不需要|用不用|可以空|能空|空着|留空|跳过|省略/;

/** Not knowing a field, asked how to go on: 不知道几个人怎么办 · 人数不清楚咋办 · 没统计人数怎么填. */
const UNKNOWN_ASKED = /(?:不知道|不清楚|不记得|记不清|没数|没统计|没记|说不准|不确定)[^]*?(?:怎么办|咋办|怎么弄|咋弄|咋整|怎么填|怎么写|行吗|可以吗|行不行|能行吗|呢)|(?:怎么办|咋办)[^]*?(?:不知道|不清楚|记不清)/;

/** A reply of more than this many characters is taken as something said, not a short question about a field. */
const QUESTION_MAX = 30;

/** The field `text` asks about, when it is a short question of need (NEED_ASKED · UNKNOWN_ASKED); undefined otherwise. */
export function askedField(text: string, waiting: AskedField | undefined): AskedField | undefined {
  // Traditional script read as simplified (題目必須寫嗎); ASCII stops.
  const said = normalizeText(text).trim();
  if (said.length === 0 || said.length > QUESTION_MAX) return undefined;
  // A day, a count or a 《title》 says something of the report itself: the answer or report readers', never a question here.
  if (/[\d《]/.test(said)) return undefined;
  if (!NEED_ASKED.test(said) && !UNKNOWN_ASKED.test(said)) return undefined;
  const named = FIELD_WORDS.find(([, words]) => words.test(said))?.[0];
  if (named !== undefined) return named;
  return THIS_FIELD.test(said) ? waiting : undefined;
}

/** The field a waiting question's problem code asks for (missing_date → date); undefined for the other questions. */
export function fieldOfProblem(code: string | undefined): AskedField | undefined {
  if (code === 'missing_date' || code === 'future_date' || code === 'weekday_conflict' || code === 'ambiguous_year') return 'date';
  if (code === 'missing_counterpart' || code === 'unknown_counterpart' || code === 'ambiguous_counterpart') return 'counterpart';
  if (code === 'missing_actor' || code === 'ambiguous_actor') return 'actor';
  if (code === 'missing_type') return 'type';
  if (code === 'ambiguous_department') return 'department';
  return undefined;
}

/** The 和谁 of a kind: 谈的 for a talk, 签的 for a signing (undefined for kinds with no such person). */
function withWhom(type: ActivityTypeCode | undefined): string | undefined {
  if (type === undefined) return '谈话要写和谁谈的、签订责任书要写和谁签的';
  if (isTalkType(type)) return '谈话要写和谁谈的';
  if (type === 'pledge_sign') return '签订责任书要写和谁签的';
  return undefined;
}

/**
 * Whether `field` must be there and why, in one Chinese sentence, for a record of kind `type` when known (the record
 * schema: 类型, 日期 and 活动人 always; 对象 for a talk or a signing; 人数, 题目, 部门, 议题 optional). `waiting` is the field
 * the waiting question asks, if any: a department asked of places that fit several says so.
 */
function fieldFact(field: AskedField, waiting: AskedField | undefined, type: ActivityTypeCode | undefined): string {
  switch (field) {
    case 'attendees':
      return '参加人数可以不填：不写就不记人数，记录照样有效；知道后可以再说「人数是12人」补上。';
    case 'title':
      return '题目可以不填：学的文件、看的片子写了就记作题目，不写也能记录。';
    case 'department':
      return waiting === 'department' ? '这一项要写清是哪个部门：消息里写的地方能对上几个部门。' : '部门可以不填：不写就按活动人的部门记。';
    case 'agenda':
      return '议题可以不填：写了就记在会议的议题里，不写也能记录。';
    case 'date':
      return '日期必须有：台账按日期记，每条记录都要写明是哪一天（如「昨天」「11月20日」）。';
    case 'type':
      return '活动类型必须有：台账按类型计数（廉政谈话、警示教育、专题会议……）。';
    case 'actor':
      return '活动人必须有：会议、党课、检查要记是谁主持或带队的，台账按人计数。';
    case 'counterpart': {
      const whom = withWhom(type);
      return whom !== undefined ? `谈话或签订的对象必须有：${whom}。` : '这类活动不用写对象，参加的人写人数即可（人数也可以不填）。';
    }
  }
}

/**
 * The plain answer to a question about a report's field typed while a question waits (askedField), or undefined when
 * `text` is no such question. `waitingCode` is the problem code the waiting question asks (missing_date …) and `type` the
 * kind of the record asked about, when known. The answer says whether the field is needed and how to go on; the caller
 * asks the waiting question again after it. Pure: nothing is read from `text` into the report.
 */
export function fieldQuestionAnswer(text: string, waitingCode: string | undefined, type: ActivityTypeCode | undefined): string | undefined {
  const waiting = fieldOfProblem(waitingCode);
  const field = askedField(text, waiting);
  if (field === undefined) return undefined;
  const goOn = waiting === field ? '请回答下面的问题' : '请先回答下面的问题';
  const fact = fieldFact(field, waiting, type);
  if (field === 'date') return `${fact}记不清可以查一下工作笔记、签到表或会议记录；也可以回复「取消」，查到后再发「补录：日期＋做了什么」。${goOn}。`;
  // The person is asked for by name while 和谁 waits; a department asked of several places is the waiting question's own.
  if (field === 'counterpart' && withWhom(type) !== undefined) return `${fact.slice(0, -1)}，请回复姓名（如「王强」）。${goOn}，或回复「取消」放弃这条上报。`;
  if (field === 'department' && waiting === 'department') return `${fact.slice(0, -1)}，请回答下面的问题，或回复「取消」放弃这条上报。`;
  return `${fact}${goOn}，或回复「取消」放弃这条上报。`;
}

/**
 * The plain answer to a question about a report's field typed with nothing waiting (「参加人数也要填吗？」 · 「日期必须写吗」;
 * round 69, gid; t71c: 没看懂), or undefined when `text` is no such question or points at a field it does not name (这个能不填吗).
 * The same facts as fieldQuestionAnswer, closed with how to report. Pure.
 */
export function fieldAskedAlone(text: string): string | undefined {
  const field = askedField(text, undefined);
  if (field === undefined) return undefined;
  return `${fieldFact(field, undefined, undefined)}上报时一句话写明哪天、做了什么即可，例如「11月25日组织观看警示教育片，参加9人」。`;
}
