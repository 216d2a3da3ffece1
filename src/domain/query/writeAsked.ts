// 「谈心谈话要不要写谈话内容？」 · 「警示教育要写心得吗」 · 「谈心谈话需要填什么」 · 「可以不写谈话内容吗」 (round 68, ghm; t71b FB2:
// answered 「这个问题我还回答不了。关于廉政谈话…」 — the other talk kind, since the 谈话 of 谈话内容 named both — and, while 是哪一天
// waited, no word that the question was still open): a question about what a report of a kind must hold, read apart from the
// completion and how-to questions, so the bot can answer it plainly for the kind named (or the kind being reported).
import type { ActivityTypeCode } from '../activityTypes.js';
import { normalizeText } from '../report/parseNormalize.js';
import { typesNamed } from './countAsked.js';

/** What a member asks about writing a report. */
export interface WriteAsked {
  /** 'content': whether what was said, the notes or a 心得 go in; 'fields': what a report of the kind must say. */
  about: 'content' | 'fields';
  /** The kinds named, the most specific first (谈心谈话 over the 谈话 of 谈话内容); empty when none is named. */
  types: ActivityTypeCode[];
}

/** What was said or written at the deed: 谈话内容 · 会议记录 · 心得体会 · 谈了什么 · 纪要. */
const CONTENT =
  /谈话内容|谈话记录|谈心内容|观后感|感想|会议内容|会议记录|学习内容|学习笔记|笔记|心得|体会|纪要|记录本|内容|讲稿|发言稿|谈了什么|谈的什么|谈了啥|谈的啥|说了什么|说了啥|讲了什么|讲了啥|聊了什么|聊了啥|过程/;

/** A question of need or of how to write it: 要不要写 · 需要填吗 · 可以不写 · 怎么写 · 写进去吗. */
const NEED =
  /要不要|需不需要|用不用|必须|一定要|非得|得不得|可以不|能不|可不可以|能不能|[要用得需](?:要)?(?:写|填|报|附|提供|上传|交|带|说)|(?:写|填|附|报|交|上传|放)(?:进去|上|上去)?(?:吗|么|嘛|不)|怎么写|怎么填|咋写|如何写|写多少|写多细|写多详细|写清楚吗/;

/** Asking which fields a report needs: 需要填什么 · 要写哪些 · 都要写啥 · 包括哪些内容 · 要素有哪些. */
const FIELDS = /(?:需要|要|得|应该|必须|都要|一般)(?:填|写|报|填写|提供|包括|包含)(?:些)?(?:什么|啥|哪些|哪几项|哪几样)|填什么|写什么|写啥|填啥|填哪些|写哪些|哪些项|哪几项|什么要素|要素有哪些|包括哪些/;

/** Longer than this is something said, not a short question. */
const QUESTION_MAX = 32;

/**
 * The question `text` asks about writing a report (WriteAsked), or undefined when it is no such question: a report
 * (a day or a count in it), a question of completion or of the duties' rule, or anything longer than a short question.
 * Traditional script is read as simplified. Pure.
 */
export function writeAsked(text: string): WriteAsked | undefined {
  const said = normalizeText(text).replace(/\s+/g, '');
  if (said.length === 0 || said.length > QUESTION_MAX) return undefined;
  // A day, a count or a 《title》 tells of a deed (昨天和王芳谈心，主要内容是…): the report's, never a question here.
  if (/[\d《]|今天|昨天|前天|上周|本周|这周|上个?月|[上下]午|了[，,。；]|进行了|开展了|组织了|召开了/.test(said)) return undefined;
  // 「完成情况」「几次」「多久一次」 ask the duty or the count, answered elsewhere.
  if (/情况|进度|完成|几次|多少次|多久|频次|什么时候|截止/.test(said)) return undefined;
  if (!/[?？吗么嘛呢]|什么|啥|哪些|哪几|怎么|咋|如何|要不要|需不需要|用不用|可不可以|能不能/.test(said)) return undefined;
  const content = CONTENT.test(said) && NEED.test(said);
  // 「廉政谈话记录怎么填」 asks how to report the talk (its 记录 the ledger's record), howTo's; 谈话记录需要填吗 asks of the notes.
  if (content && /怎么|咋|如何/.test(said) && /记录/.test(said) && !/内容|心得|体会|纪要|笔记|谈了|说了|讲了|聊了|要不要|需不需要|用不用|可以不|能不|必须|吗/.test(said)) return undefined;
  const fields = !content && FIELDS.test(said);
  if (!content && !fields) return undefined;
  return { about: content ? 'content' : 'fields', types: kindsNamed(said) };
}

/** The kinds a question names, with the 谈话 inside 谈话内容 · 谈话记录 read as no kind, and 谈心 over the shorthand 谈话. */
function kindsNamed(said: string): ActivityTypeCode[] {
  const types = typesNamed(said.replace(/谈话(?=内容|记录)/g, '｜'));
  if (types.includes('talk_heart') && types.includes('talk_integrity') && /谈心/.test(said) && !/廉政谈话|约谈|提醒谈话|任前/.test(said)) {
    return types.filter((t) => t !== 'talk_integrity');
  }
  return types;
}
