// 孙杰「我们中心本周一开了一个作风建设的专题会 何平主任主持的」 (round 69, gim; t72b F4, issue 10: stored with no subject, 作风建设
// lost) · 「开了个警示教育的专题会」 (read as a 警示教育 of its own, the meeting lost): what a 专题会 is about, said before it with
// 的, is that meeting's subject — written 《作风建设》专题会议, which the meeting readers keep as its title (the form the card
// correction 议题改成廉政风险防控 gives a subject that names no agenda verb, cardAgenda.ts).

/** Holding a meeting, maybe counted: 开了一个 · 开了个 · 召开了一次 · 组织召开 · 举行了一场. */
const HELD = '(?:组织召开|召开|开|举行|举办)了?\\s*(?:一个|一次|一场|个|次|场)?\\s*';
/** The subject: a few words, maybe after 关于, then 的 and the meeting. */
const TOPIC_MEETING = new RegExp(`(${HELD})(?:关于\\s*)?([\\u4e00-\\u9fa5]{2,12}?)\\s*的\\s*专题(?:会议|会)(?![上中后])`, 'g');
/** Not a subject: whose meeting it is (部门的 · 中心的 · 支部的 · 我们的 · 机关党委的) or what every such meeting is about. */
const NOT_TOPIC = /(?:部|科|室|中心|支部|部门|党委|纪委|班子|党组|机关|我们|他们|大家|全体|单位|会|本月|本周|上周|今天|昨天|前天)$|^(?:党风廉政建设|廉政建设|全面从严治党|党风廉政)(?:工作)?$/;

/**
 * `text` with each subject said before a held 专题会 with 的 written as the meeting's title: 开了一个作风建设的专题会 →
 * 开了一个《作风建设》专题会议. Whose meeting (中心的专题会), a generic subject (党风廉政建设的专题会), a subject already in 《》
 * and 专题会上 (where something was said) are left as they are.
 */
export function withMeetingTopicTitled(text: string): string {
  if (!text.includes('专题会')) return text;
  return text.replace(TOPIC_MEETING, (whole, held: string, topic: string) => (NOT_TOPIC.test(topic) ? whole : `${held}《${topic}》专题会议`));
}

/**
 * `text` with the words of each title written right before a 专题会 (《警示教育》专题会议) blanked, same length, so the kind
 * readers see no teaching in the meeting's own subject while indices into `text` still hold.
 */
export function withoutMeetingSubject(text: string): string {
  return text.replace(/《([^《》]*)》(?=\s*专题会)/g, (whole, title: string) => `《${'　'.repeat(title.length)}》`);
}
