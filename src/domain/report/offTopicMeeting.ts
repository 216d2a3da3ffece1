// 召开安全生产专题会 · 党组会，专题研究意识形态工作 (round 25b §4: 9 of 9 stored at once as the 党风廉政建设 专题会议): a
// meeting word whose own topic is other work is no meeting of the duty catalogue (duties.md counts only meetings on 党风廉政).
import type { KindMatch } from './parseKind.js';
import { hearsReportsOnly, vagueMeetingTopic } from './vagueMeetingTopic.js';

/** Words that put a meeting's topic within 党风廉政建设 (duties.md's 专题会议 and 分管科室会议). */
// 专题研究公务接待和公车使用管理 (t47b F4: the named 分管科室会议 refused as off topic): what the 中央八项规定 rules (公务接待 ·
// 公车 · 办公用房 · 差旅 · 三公经费 · 吃喝 · 礼品礼金 · 津补贴 · 操办婚丧) is the duty's own topic.
const CLEAN = /廉|纪|腐|作风|从严治党|党风|警示|一岗双责|主体责任|两个责任|监督|四风|八项规定|责任书|违规|以案|巡察|问题整改|风险|公务接待|公车|公务用车|办公用房|差旅|三公经费|公款|吃喝|礼品|礼金|津补贴|婚丧|自查|自纠/;
/** Who or where meets, before the meeting word: a body or a department, never a topic. */
const BODY = /(?:党组(?:扩大)?|党支部|支部|机关|全体|全员|班子|[\u4e00-\u9fa5]{0,5}(?:部|科|室|中心|处|局|所|站))(?:的)?$/;
/** The verb that opens the meeting, and what may stand between it and the topic. */
// 开展了分管科室会议 (t26 F3: 展了 was taken for a topic, the meeting dropped): 开 is the verb only when not 开展.
const OPENED = /(?:召开|主持召开|组织召开|举行|举办|开展|开(?!展)了?|参加了?|组织了?)(?:了)?(?:一次|一个|个|次)?([\u4e00-\u9fa5]*)$/;
/**
 * …专题会，研究年终宣传工作 · 专题研究意识形态工作: what the meeting studied, said after it. 传达学习 · 学习贯彻 are one verb
 * (round 45, frg: 召开分管科室会议，传达学习了《…》 took 「学习了」 for an off-topic subject, the meeting dropped and the
 * document studied recorded as a 廉政教育 in its place).
 */
const STUDIED = /^(?:会议?)?[,，]?\s*(?:专题)?(?:研究部署|研究|部署|讨论|听取|传达学习|学习贯彻|传达贯彻|学习(?!贯彻)|传达(?!学习|贯彻)|推进)了?(?:关于)?([\u4e00-\u9fa5\d]{2,20})/;
/** 专题研究意识形态工作: the matched word itself studies; its topic follows at once. */
const STUDIES_ITSELF = /研究|部署/;
// The topic's digits are its words too (round 48, ftz): 研究部署12月份工作 read 研究 + 「部署」 as the topic, the meeting dropped.
const RIGHT_AFTER = /^(?:部署)?了?(?:关于)?([\u4e00-\u9fa5\d]{2,20})/;
const MEETING_CODES = new Set(['meeting_special', 'meeting_dept']);

/** The topic words `before` and `after` a meeting word name, other than bodies and vague work; `[]` when none. */
function topics(before: string, inside: string, after: string): string[] {
  const out: string[] = [];
  const opened = OPENED.exec(before);
  // 参加了陈志强副理事长召开的分管科室会议 (round 30a, F7: dropped as off topic): who held it, before 召开的, is no topic.
  const lead = (opened?.[1] ?? '').replace(/^.*(?:召开|主持|组织|举办|举行|召集)的/, '').replace(BODY, '').replace(/(?:工作)?$/, '');
  if (lead.length >= 2 && !BODY.test(lead)) out.push(lead);
  // 分管部门年终考核工作会: the words inside the matched name between 分管… and 会.
  const named = /^分管(?:科室|部门|单位)(?:的)?([\u4e00-\u9fa5]{2,12}?)(?:工作)?(?:会议?|座谈会)$/.exec(inside);
  if (named) out.push(named[1]!);
  // 听取各科室工作汇报 (round 48, ftz): reports heard from the units name no other work (vagueMeetingTopic.ts).
  const studied = (STUDIES_ITSELF.test(inside) ? RIGHT_AFTER : STUDIED).exec(after);
  if (studied && !hearsReportsOnly(after)) out.push(studied[1]!);
  return out.filter((t) => !vagueMeetingTopic(t));
}

/**
 * Whether meeting match `m` of `text` is one whose topic, said before it, inside it or in the clause after it, is work
 * other than 党风廉政建设 (安全生产, 意识形态, 年终考核, 宣传…), with no word of the duty anywhere in its sentence.
 * A meeting named with no topic, or a vague one (下一步工作), is not off topic.
 */
export function offTopicMeeting(text: string, m: KindMatch): boolean {
  if (!MEETING_CODES.has(m.code) || CLEAN.test(m.text)) return false;
  const sentenceStart = Math.max(...['。', '!', '?', '！', '？', '\n', ';', '；'].map((c) => text.lastIndexOf(c, m.start - 1))) + 1;
  const ends = ['。', '!', '?', '！', '？', '\n'].map((c) => text.indexOf(c, m.end)).filter((i) => i >= 0);
  const sentence = text.slice(sentenceStart, ends.length > 0 ? Math.min(...ends) : text.length);
  if (CLEAN.test(sentence)) return false;
  const clauseStart = Math.max(sentenceStart, ...[',', '，'].map((c) => text.lastIndexOf(c, m.start - 1) + 1));
  // 分管部门会议，研究部署年终考核工作 (round 33b t33b, F0: a 分管科室会议 on a card): the 分管…会 match stops at 会, so its
  // 议 goes with the name, the topic after it is still the clause right after the meeting. Only for the 分管 meeting: a
  // 专题会议 is matched whole, and one retold from a 两次…： list (…专题会议，研究…) keeps its sentence's 党风廉政 context.
  const afterName = m.code === 'meeting_dept' && text[m.end] === '议' ? m.end + 1 : m.end;
  const found = topics(text.slice(clauseStart, m.start), m.text, text.slice(afterName, afterName + 30));
  return found.length > 0;
}
