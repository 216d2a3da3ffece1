// 组织开展廉政教育，学习省纪委通报的典型案例，参加6人 (t52b F9, #20 ③: stored with neither title nor note): what a study of no
// title went through is kept in its note as 「学习…」, so the 台账 says what was studied. A document with a name is a title
// (extractBareTitle), read before this; cases and other topics that name no document are only this note.

/** 学习 · 学了 · 研读 · 传达学习 · 集中学习 then what was studied, up to the clause's end (group 1). */
const STUDIED = /(?:集中学习|传达学习|学习|学了|研读|自学)(?:了|过)?([^,，;；。!?！？:：\s\n]{4,30})/;

/** The study gathering's own name after its 学习 (中心组学习 · 中心组集体学习会), never what it studied. */
const GATHERING_NAME = /^(?:中心组|学习中心组)(?:集体)?(?:学习)?(?:会议?)?$/;

/** Words that only say a study was held or who came: the kind itself, 活动, 会议, a count (学习廉政教育 names nothing more). */
// 学习廉政教育材料 · 学习廉政知识 (noteFragments, separateWork): a generic paper or knowledge of the field says nothing more.
const KIND_ONLY = /^(?:党风廉政|廉政|廉洁|警示|党纪|纪律)?(?:教育|学习|活动|专题|会议|培训|党课)*(?:活动|会|会议|材料|知识|文件|资料|内容)?$/;

/** 学习了廉政知识和观看了警示教育片: a second deed joined after the topic is no part of it (the near-miss of t52b F9's kind). */
const SECOND_DEED = /(?:和|及|并|、|同时)?(?:观看|收看|参观|开展|召开|签订|组织|进行|谈)/;

/** After the topic: a head count or 参加, which are no part of it. */
const TRAILING = /(?:参加|参会|出席|共)?\d*(?:人|名)?(?:参加|参会)?$/;

/**
 * The note 「学习…」 of what the study in `text` (one segment, unmasked) went through, or undefined: no study verb with a
 * topic of four characters or more, one urged on others (要求…学习), or one that only names the kind of deed.
 */
export function studiedTopic(text: string): string | undefined {
  // 主持召开党组理论学习中心组学习，传达学习…全会精神 (round 52, fwbb: the note 「学习中心组学习」): the 学习 in the study
  // gathering's own name (理论学习中心组学习 · 中心组集体学习) is no topic; what the gathering passed on, after it, is.
  const m = [...text.matchAll(new RegExp(STUDIED.source, 'g'))].find((x) => !GATHERING_NAME.test(x[1]!) && !/理论$/.test(text.slice(0, x.index)));
  if (!m) return undefined;
  if (/(?:要求|督促|提醒|号召)[^,，;；。]{0,6}$/.test(text.slice(0, m.index))) return undefined;
  const topic = m[1]!.split(SECOND_DEED)[0]!.replace(TRAILING, '').replace(/^(?:了|的)/, '');
  if (topic.length < 4 || KIND_ONLY.test(topic) || /《|》/.test(topic)) return undefined;
  return `学习${topic}`;
}

/** Whether `note` is one studiedTopic wrote (学习 and its topic, one clause). */
export function isStudiedTopicNote(note: string): boolean {
  return /^学习[^，；;,]{4,30}$/.test(note);
}
