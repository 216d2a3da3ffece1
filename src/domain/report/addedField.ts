// 「片名忘写了，叫《蜕变》」「补充一下，片名是《蜕变》」「人数是15人，刚才漏了」「地点在三楼会议室」: a field left out of the
// record just made, added in a message of its own (t24 F: 没看懂, the title never set). Read as the title or head-count
// correction it amounts to, so the same 「请确认修改」 card (原来/改为) shows it; a field the ledger does not keep is said so.
import type { CountCorrection } from './countCorrection.js';
import { LATEST } from './latestCorrection.js';
import { arabicizeNumerals } from './parseNumerals.js';
import { titleCorrection, type TitleCorrection } from './titleCorrection.js';

/** 地点在三楼会议室 · 时长2小时: a field the ledger does not keep (`field` names it for the reply). */
export interface UnkeptField {
  kind: 'unkept';
  field: string;
}

/** 对了 · 还有 · 补充一下 · 补一句 · 刚才忘了说 · 漏了一点: the addition announced before it. */
const OPENING = /^(?:(?:对了|哦对了|还有|另外)[,;。!\s]*)?(?:补充(?:一下|说明一下|说明|一句|两句)?|补一下|补一句|再补充一下|(?:我)?(?:刚才|刚刚)?(?:忘了?|漏了?)(?:说|写|填|报)(?:了|一下)?(?=[:,;。!\s]))?[:,;。!\s]*/;
/** ，刚才漏了 · ，忘写了 · ，之前没写: the addition owned after it. */
const TRAILING = /[,;。\s]*(?:刚才|刚刚|之前|上面|前面)?(?:忘了?|漏了?|没有?)(?:写|说|填|报|写上|填上)?(?:了)?[。.!\s]*$/;

/** 片名 · 题目 · 书名 · 课题 (as titleCorrection's): the title named. */
const TITLE_FIELD = '(?:(?:党课|讲课|课程|影片|片子|教育片|文件|学习)?的?(?:题目|片名|书名|标题|名称|主题|课题))';
/** 片名忘写了，叫《…》 · 片名漏了：《…》: the field, owned as left out, then its value. */
const FIELD_LEFT_OUT = new RegExp(`^(${TITLE_FIELD}|(?:参加|参会|到会|实到)?人数)(?:忘了?写|漏写|忘写|没写|漏填|忘填|没填|漏了|忘了)(?:了)?[,:;。\\s]*(?:叫|是|为|有)?\\s*`);
/** 忘了写片名，是《…》 · 漏写了人数：15人: the omission owned, then the field and its value. */
const LEFT_OUT_FIELD = new RegExp(`^(?:忘了?写|漏写了?|忘写了?|没写|漏填了?|忘填了?|漏了)(?:了)?(${TITLE_FIELD}|(?:参加|参会|到会|实到)?人数)[,:;。\\s]*(?:叫|是|为|有)?\\s*`);
/** 片名叫《…》 · 题目：《…》: the title after 叫 or a colon (titleCorrection reads 是). */
const CALLED = new RegExp(`^(${TITLE_FIELD})(?:叫做?|:)\\s*(?=《)`);

/** 人数15人 · 参加人数是15人 · 一共15人参加 · 参加15人 · 参会人员15名: a head-count, the whole of what is left. */
const HEAD_COUNT = /^(?:人数)?(?:是|为)?(?:(?:参加|参会|到会|实到|出席)了?(?:的)?(?:人数|人员)?)?(?:是|为|有|共|一共|共计|合计)?(\d{1,4})(?:人|名|位)(?:参加|参会|到会|出席)?了?[。.!\s]*$/;

/** 地点在三楼会议室 · 会议地点：机关二楼 · 时长2小时: one clause naming a field the ledger has no place for. */
const UNKEPT: [RegExp, string][] = [
  [/^(?:活动|会议|学习|谈话|观看)?(?:地点|地址|场所|会场)(?:是|在|为|:|设在)\s*[^,;。!?\n]{1,30}[。.!\s]*$/, '地点'],
  [/^(?:活动|会议|学习|谈话)?(?:时长|用时|历时)(?:是|为|:|约)?\s*(?:\d{1,3}|半|[一两二三四五六七八九十]{1,3})(?:个)?(?:半)?(?:多)?(?:小时|分钟|钟头)[。.!\s]*$/, '时长'],
];

/**
 * The field `text` (normalised) adds to the sender's latest record: a title or a head-count (as the corrections of
 * those fields read), a field the ledger does not keep (`unkept`), or null when `text` adds none. A value needs the
 * whole message: 「补充一下，昨天组织观看了《蜕变》」 is a report, not an addition.
 */
export function addedField(text: string): TitleCorrection | CountCorrection | UnkeptField | null {
  const pointed = text.trim().replace(LATEST, '');
  const opened = pointed.replace(OPENING, '');
  const said = opened.replace(TRAILING, '');
  const announced = opened !== pointed || said !== opened;
  const core = said.replace(FIELD_LEFT_OUT, '$1是').replace(LEFT_OUT_FIELD, '$1是').replace(CALLED, '$1是');
  for (const [re, field] of UNKEPT) if (re.test(core) || re.test(arabicizeNumerals(core))) return { kind: 'unkept', field };
  // A bare 《…》 or 15人 is an addition only when announced (补充一下 · 刚才漏了) or its field named.
  const named = core !== said || /^(?:题目|片名|书名|标题|名称|主题|课题|党课|讲课|课程|影片|片子|教育片|文件|学习|参加|参会|到会|实到|出席|人数)/.test(core);
  if (!named && !announced) return null;
  const title = titleCorrection(core);
  if (title) return title;
  const count = HEAD_COUNT.exec(arabicizeNumerals(core).replace(/个(?:人)?/g, '人'));
  return count && Number(count[1]) > 0 ? { kind: 'count', to: Number(count[1]) } : null;
}
