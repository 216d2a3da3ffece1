// 「谈心谈话和廉政谈话有什么区别？」 · 「警示教育算不算党课？」 · 「责任书要每年签吗？」 typed while a question waits (round 69,
// gik; t72a FB2: 「这个问题我还回答不了」 and help, the waiting question not mentioned): a question about the kinds of work
// the 台账 keeps, answered one line per kind named (as ../shared/domain/duties.md and the README define them), before the
// waiting question is asked again. Nothing is taken from the question into the report.
import type { ActivityTypeCode } from '../activityTypes.js';
import { normalizeText } from './parseNormalize.js';

/** One kind a member may ask about: the words that name it (longest first) and its one-line meaning. */
interface KindGloss {
  readonly code: ActivityTypeCode;
  readonly words: RegExp;
  readonly line: string;
}

/** The kinds members ask about, each with what it is and how often it is due (duties.md's duties table). */
const GLOSSARY: readonly KindGloss[] = [
  {
    code: 'talk_integrity',
    words: /廉政谈话|廉政约谈|提醒谈话|任前谈话|集体廉政谈话|约谈/,
    line: '廉政谈话：围绕廉洁自律、纪律要求的谈话（提醒谈话、任前谈话、集体廉政谈话都记作廉政谈话），书记与每位班子成员、班子成员与分管科室负责人每半年一次。',
  },
  {
    code: 'talk_heart',
    words: /谈心谈话|谈心/,
    line: '谈心谈话：了解思想、工作和生活情况的交流谈话，班子成员与分管的每个科室每半年一次。',
  },
  {
    code: 'edu_warning',
    words: /警示教育|警示片|警示教育片/,
    line: '警示教育：以典型案例、警示教育片等以案为鉴的教育，每年至少一次。',
  },
  {
    code: 'edu_lecture',
    words: /廉政党课|党课/,
    line: '廉政党课：书记等领导讲授的廉政专题党课，书记每年带头讲一次。',
  },
  {
    code: 'edu_integrity',
    words: /廉政教育|廉洁教育|纪律教育|廉政学习/,
    line: '廉政教育：学习党纪法规、廉政文件等的教育，按实际开展的记。',
  },
  {
    code: 'meeting_special',
    words: /专题会议|专题会/,
    line: '专题会议：研究部署党风廉政建设的专题会，书记每年主持召开两次以上。',
  },
  {
    code: 'pledge_sign',
    words: /责任书|承诺书/,
    line: '签订责任书/承诺书：书记与每位班子成员、班子成员与分管科室负责人每年签一次，年初（一季度内）签订。',
  },
  {
    code: 'inspect_style',
    words: /作风纪律检查|作风检查|督查|暗访/,
    line: '作风纪律检查：到部门检查考勤、纪律等作风情况，按实际开展的记。',
  },
];

/** A question about a kind: 有什么区别 · 算不算 · 算…吗 · 属于…吗 · 是什么 · 要每年…吗 · 多久一次 · 怎么算. */
const KIND_ASKED =
  /区别|不同|一样吗|一回事|算不算|算是|算作|算…吗|属不属于|属于|是什么|什么是|啥是|指什么|包括什么|包不包括|每年|每半年|多久|几次|多长时间|怎么算|算吗|记成什么|记哪类|归哪类/;

/** A reply of more than this many characters is taken as something said, not a short question about kinds. */
const QUESTION_MAX = 30;

/** The kinds `text` asks about, in the order written, when it is a short question about kinds; [] otherwise. */
export function askedKinds(text: string): ActivityTypeCode[] {
  const said = normalizeText(text).trim();
  if (said.length === 0 || said.length > QUESTION_MAX) return [];
  // A day, a count or a 《title》 says something of the report itself: an answer or a report, never a question here.
  if (/[\d《]/.test(said)) return [];
  // A question ends in one: ？ · 吗 · 呢 · 么, or asks 区别/什么 outright.
  if (!/[?？吗呢么嘛]\s*$|区别|什么|啥/.test(said)) return [];
  if (!KIND_ASKED.test(said.replace(/算(.{1,8})吗/, '算吗'))) return [];
  let rest = said;
  const found: { code: ActivityTypeCode; at: number }[] = [];
  for (const gloss of GLOSSARY) {
    const hit = gloss.words.exec(rest);
    if (hit === null) continue;
    found.push({ code: gloss.code, at: hit.index });
    // Blanked, so 廉政党课 is not read again as 党课's kind nor 集体廉政谈话 as 约谈's.
    rest = rest.slice(0, hit.index) + '＿'.repeat(hit[0].length) + rest.slice(hit.index + hit[0].length);
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.code);
}

/**
 * The plain answer to a question about the kinds of work typed while a question waits (「谈心谈话和廉政谈话有什么区别？」):
 * one line per kind named, and for two kinds that they are recorded apart; undefined when `text` is no such question
 * (askedKinds). The caller says what still waits after it. Pure: nothing is read from `text` into the report.
 */
export function typeQuestionAnswer(text: string): string | undefined {
  const kinds = askedKinds(text);
  if (kinds.length === 0) return undefined;
  const lines = kinds.map((code) => GLOSSARY.find((g) => g.code === code)?.line).filter((l): l is string => l !== undefined);
  const apart = kinds.length > 1 ? ['台账里这是不同的类型，分开记录。'] : [];
  return [...lines, ...apart].join('\n');
}
