// 「刚才那个会议题不对，应该是传达市纪委全会精神」「昨天看警示片的人数报错了，实际是2人」「刚才报的何平主任那个专题会是康复中心的，
// 部门没写上」 (round 67, gga; t69b Part B: 没看懂, or read as a NEW report beside the stored one): one field of a stored record
// (议题 · 题目 · 人数 · 部门 · 日期 · 对象 · 活动人) corrected in loose words — the field owned wrong (报错了 · 不对 · 没写上),
// its value after 实际是 · 应该是, or the value said first and the field left out after it. Each is put the way the stored-
// record readers already read a change (「刚才那条议题改成…」「昨天看警示片那条人数改成2人」「X那条部门改成…」), so the one
// 请确认修改 flow answers it; nothing here decides which record is meant or whether the value is right.

import { arabicizeNumerals } from './parseNumerals.js';
import { chineseNumber } from './chineseNumber.js';

/** The fields a loose correction may name, each with the word the canonical change uses. */
const FIELDS: readonly [RegExp, string][] = [
  [/^(?:会议?)?(?:议题|主题)$|^(?:会议|研究)内容$/, '议题'],
  [/^(?:题目|片名|标题|书名|课题)$/, '题目'],
  [/^(?:参加|参会|到会|实到|参训|观看)?人数$/, '人数'],
  [/^(?:所在)?(?:部门|科室)$/, '部门'],
  [/^(?:日期|时间|日子)$/, '日期'],
  [/^(?:谈话|签订)?对象$/, '对象'],
  [/^(?:活动人|谈话人|负责人|带队人|主讲人|主持人)$/, '活动人'],
];
const FIELD = '(?:会议?)?(?:议题|主题)|(?:会议|研究)内容|题目|片名|标题|书名|课题|(?:参加|参会|到会|实到|参训|观看)?人数|(?:所在)?(?:部门|科室)|日期|时间|日子|(?:谈话|签订)?对象|活动人|谈话人|负责人|带队人|主讲人|主持人';
/** 报错了 · 写错了 · 不对 · 有误 · 搞错了: the field owned wrong. */
const WRONG = '(?:报|写|填|记|搞|弄|说|录)?错了?|不对|有误|有问题|不准确';
/** 没写上 · 漏写了 · 忘了填: the field left out (the record has none). */
const LEFT_OUT = '(?:没|没有|忘|忘了|漏)(?:写|填|报|记|录)(?:上|进去)?(?:了)?|漏(?:写|填|报|记)?了|(?:是)?空的';
/** 应该是 · 实际是 · 其实是 · 改成: the words bringing the right value. */
const SHOULD = '(?:应该?是|应为|应当是|实际上?是|实际(?:到了|来了|参加了|到会)?|其实是|实到|实有|一共|共|总共|就是|改成|改为|换成|是|有|为)';

/** <about><field><wrong>，<should><value>: 昨天看警示片的人数报错了，实际是2人 · 刚才那个会议题不对，应该是… */
const FIELD_WRONG_VALUE = new RegExp(`^([^,;:]{0,24}?)(?:的)?\\s*(${FIELD})\\s*(?:也)?(?:${WRONG}|${LEFT_OUT})[,;:\\s]*(?:应该)?${SHOULD}[:\\s]*(.+)$`);
/** <about><field><should><value> with an about that points back: 刚才那个会议题改成… · 何平主任那个专题会部门改成… */
const ABOUT_FIELD_VALUE = new RegExp(`^([^,;:]{1,24}?)(?:的)?(${FIELD})(?:应该?是|应为|改成|改为|换成)[:\\s]*(.+)$`);
/**
 * 漏了标题 · 补个题目 · 忘了写片名: a title-like field left out, the verb before it (round 69, gim; t72b FB4: 「信息报送那条漏了标题，
 * 是《…》」 read as a NEW 信息报送 asked its day, then the duplicate warning). Only the title fields: a head count or a day left
 * out is said by the readers above.
 */
const LEFT_BEFORE = '(?:漏了|漏掉了|漏写了|漏填了|少写了|没写|没有写|没填|忘了写|忘写了|忘了填|缺了|补个|补一下|补上|补充)(?:个|一下)?';
/** <about><left out><title field>，<should><value>: 信息报送那条漏了标题，是《市残联扎实开展警示教育月活动》. */
const LEFT_OUT_TITLE_VALUE = new RegExp(`^([^,;:]{0,24}?)(?:的)?\\s*${LEFT_BEFORE}\\s*(题目|标题|片名|书名|课题)[,;:\\s]*(?:应该?是|是|为|叫|就是)?[:\\s]*(《[^《》]{1,58}》)$`);
/** <about>是<value>的，<field><left out>: 何平主任那个专题会是康复中心的，部门没写上. */
const VALUE_THEN_LEFT_OUT = new RegExp(`^([^,;:]{0,24}?)(?:其实|应该)?是(.{2,16}?)的?[,;\\s]+(${FIELD})\\s*(?:也)?(?:${LEFT_OUT}|${WRONG})$`);

/** Words that only point back at the latest record (刚才 · 刚才报的那个会 · 这个会 · 上一条), naming nothing of it. */
const POINTER_ONLY = /^(?:我)?(?:刚才|刚刚|之前|上面|前面)?(?:报|上报|发|说|记)?的?(?:那|这|上)?(?:一)?(?:个|条|次)?(?:会|会议|记录)?$/;
/** 刚才报的 · 刚刚说的: the pointer before words that name the record. */
const POINTER_LEAD = /^(?:我)?(?:刚才|刚刚)(?:报|上报|发|说|记)?的?/;
/** 不对， · 哦， · 不好意思，: an opening that says nothing of the record. */
const OPENING = /^(?:(?:不对|错了|哦|噢|嗯|不好意思|抱歉|更正一下|更正|补充一下|纠正一下)[,;:\s]+)+/;

/** A number of people: 9个人 · 九名 · 9位 (the number, arabic, in group 1 of the caller's pattern). */
const HEADS = '(\\d{1,4})\\s*(?:个)?\\s*(?:人|名|位)';
/** A number of people where 人 may be left out after 个 (不是7个): said beside one that has it. */
const HEADS_LOOSE = '(\\d{1,4})\\s*(?:个|人|名|位)(?:人)?';
/**
 * An attendance count put right by its numbers in person words, no field named (round 67, ggj; t70a FB2: 没看懂, or on main a
 * count of deeds 「再补8个」): 7个人报错了，实际是9个人 · 7人写错了 应该是9人 · 把9个人写成7个了 · 少报了2个人，一共9个 ·
 * 9个人，不是7个. Group `to` is the right count. 篇/份/次 never match: papers and deeds are counted by their own readers.
 */
const COUNT_SHAPES: readonly RegExp[] = [
  new RegExp(`^${HEADS}(?:参加|参会|到会)?\\s*(?:也)?(?:${WRONG})[,;:\\s]*(?:应该)?${SHOULD}[:\\s]*(?<to>\\d{1,4})\\s*(?:个|人|名|位)(?:人)?(?:参加|参会|到会)?(?:了)?$`),
  new RegExp(`^把\\s*(?<to>\\d{1,4})\\s*(?:个)?(?:人|名|位)\\s*(?:报|写|填|记)成了?\\s*${HEADS_LOOSE}了?$`),
  new RegExp(`^(?:少|多)(?:报|写|填|记|算)了?\\s*${HEADS_LOOSE}[,;:\\s]*(?:应该是|实际上?是|实际|其实是|一共|总共|共)(?:就)?(?:是|有|来了|到了)?\\s*(?<to>\\d{1,4})\\s*(?:个|人|名|位)(?:人)?$`),
  new RegExp(`^(?:实际|其实|应该)?(?:是|有)?\\s*(?<to>\\d{1,4})\\s*(?:个)?(?:人|名|位)(?:参加|参会|到会)?[,;\\s]*(?:而)?不是\\s*${HEADS_LOOSE}$`),
];

/**
 * 不对，是9个人 · 不对 应该是9人 (round 68, gha; t70b: 没看懂): after an opening that owns the record wrong, a bare number of people
 * is its head count (the opening is what makes it a correction: 是9个人 alone may answer anything).
 */
const OPENED_HEADS = /^(?:应该?是|实际上?是|其实是|是)\s*(?<to>\d{1,4})\s*(?:个)?\s*(?:人|名|位)(?:参加|参会|到会)?(?:了)?$/;

/** 人数改成9人 for a head count put right in person words alone (COUNT_SHAPES), or undefined. */
function looseCountWords(t: string, opened = false): string | undefined {
  // 七个人报错了: arabicizeNumerals reads 个人 as a count only before 参加 or a clause's end; here any 个/人/名 after a numeral is.
  const said = arabicizeNumerals(t).replace(/[零〇一二两三四五六七八九十百]+(?=\s*(?:个|人|名|位))/g, (run) => String(chineseNumber(run) ?? run));
  for (const re of opened ? [...COUNT_SHAPES, OPENED_HEADS] : COUNT_SHAPES) {
    const to = re.exec(said)?.groups?.to;
    if (to !== undefined && Number(to) > 0) return `人数改成${Number(to)}人`;
  }
  return undefined;
}

/** The canonical word of a field said (人数 for 参加人数, 议题 for 会议主题), or undefined. */
function fieldOf(said: string): string | undefined {
  return FIELDS.find(([re]) => re.test(said))?.[1];
}

/** The value as the canonical change takes it: 2人 for 2个人 · 2名; a day or a department without the verb closing it. */
function valueOf(field: string, said: string): string | undefined {
  const v = said.replace(/[。.!！~～]+$/, '').replace(/(?:吧|才对|哈|啊|呢)$/, '').trim();
  if (field === '人数') {
    const n = /^(\d{1,4}|[一二两三四五六七八九十百]{1,4})(?:个)?(?:人|名|位)(?:参加|参会|到会)?$/.exec(v);
    return n ? `${n[1]}人` : undefined;
  }
  if (field === '日期') return v.replace(/(?:[去查谈签开讲看学办]了?)?的$/, '') || undefined;
  if (field === '部门') return v.replace(/的$/, '') || undefined;
  return v.length >= 1 && v.length <= 60 ? v : undefined;
}

/** The words naming the record, as the named-record readers take them before 那条: '' when they only point back. */
function aboutOf(said: string): string {
  const a = said.replace(/[,;:\s]+$/, '').replace(/的$/, '');
  if (POINTER_ONLY.test(a)) return '';
  return a.replace(POINTER_LEAD, '').replace(/^(?:那|这)(?:一)?(?:个|条|次)/, '').replace(/(?:那|这)(?:一)?(?:个|条|次)(?:记录)?$/, '');
}

/**
 * The loose correction `text` (normalised: ASCII punctuation) says, put as the change the stored-record readers read
 * (「刚才那条议题改成…」 · 「昨天看警示片那条人数改成2人」 · 「部门改成…」), or undefined when it is none of these shapes. The
 * agenda is always said of the latest report (its reader takes no other naming); a field named with no record and no
 * pointer stays unpointed, so a terse correction still means only a record just made.
 */
export function looseFieldWords(text: string): string | undefined {
  // 不对， · 不好意思， opening it: said of the record the rest names, never part of the naming words.
  const raw = text.trim().replace(/[。.!！~～]+$/, '');
  const t = raw.replace(OPENING, '');
  const count = looseCountWords(t, t !== raw);
  if (count !== undefined) return count;
  // A title left out is owned wrong as plainly as 题目写错了: the latest record's, when no record is named.
  const wrong = FIELD_WRONG_VALUE.exec(t) ?? LEFT_OUT_TITLE_VALUE.exec(t);
  const m = wrong ?? ABOUT_FIELD_VALUE.exec(t);
  const v = m ? undefined : VALUE_THEN_LEFT_OUT.exec(t);
  const [aboutSaid, fieldSaid, valueSaid] = m ? [m[1]!, m[2]!, m[3]!] : v ? [v[1]!, v[3]!, v[2]!] : [];
  if (fieldSaid === undefined) return undefined;
  // 实到人数应为10人 · 题目改为廉洁从业 人数改为9人 (the merge of round 67): words before the field that are part of it, or that
  // already change a field, name no record — the as-written readers' (a plain or a several-field change), never 「实到那条…」.
  if ((aboutSaid!.trim() !== '' && fieldOf(`${aboutSaid!.trim()}${fieldSaid}`) !== undefined) || new RegExp(`(?:${FIELD})\\s*(?:改为|改成|换成|应为|是)`).test(aboutSaid!)) return undefined;
  // 不对 is an opening, never the record named: 不对，人数是2人 stays terse.
  const field = fieldOf(fieldSaid);
  const value = field !== undefined ? valueOf(field, valueSaid!) : undefined;
  if (field === undefined || value === undefined) return undefined;
  // 上周五又去康复中心查了一次: a new deed told is no correction of a stored one.
  if (/又|再次|另外/.test(aboutSaid!)) return undefined;
  // 上周三那个专题会议题…: the 会 read into 会议题 closes the meeting's name (专题会), never the field.
  const about = aboutOf(/^会/.test(fieldSaid) && /(?:专题|科室|党组|支部|班子)$/.test(aboutSaid!.trim()) ? `${aboutSaid!.trim()}会` : aboutSaid!);
  const pointed = about !== '' || /刚才|刚刚|那个|那条|那次|这个|这条|上一条/.test(aboutSaid!);
  // 议题改成… with nothing before it is what the readers take already: only an about makes it loose.
  if (m && !wrong && !pointed) return undefined;
  // 上周三那个专题会议题不对，应该是… (round 68, gha; t70b: the latest meeting's 议题 changed instead): the agenda of the meeting
  // the words name, as every other field is; a waiting card reads it as its own (cardCorrection puts 刚才那条 back).
  const head = about !== '' ? `${about}那条` : pointed ? '刚才那条' : '';
  return `${head}${field}改成${value}`;
}
