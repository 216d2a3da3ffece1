// 李明 (办公室主任)「各部室本月报送信息2篇」 (round 38, t37c: stored as two papers of his own, their days asked): the papers
// of every department (or of a leader's departments) counted with no breakdown may be N each or N in all, and are each
// department head's to report — never the sender's N. Nothing is recorded from such a clause; the member is asked to
// write which department, which day and how many (README: 信息报送 is each 部门负责人's, at least one a month).

/** 各部室 · 各科室 · 各部门 · 分管科室 · 各部室负责人: every department, or the sender's supervised ones, as the subject. */
const UNITS = '(?:各(?:部室|科室|部门|处室|单位)|(?:我)?分管(?:的)?(?:科室|部门|部室))(?:的)?(?:负责人|主要负责人)?';
/** A month or period word: 本月 · 11月份 · 上个月. */
const MONTH = '(?:本月|这个?月|上个?月|\\d{1,2}\\s*月份?|本季度|今年)';
/** The clause: a month perhaps, the units, a day or month perhaps, 共/均/各, the handing-in verb, …信息, the count. */
const OTHERS_COUNTED = new RegExp(
  `(?:^|[，,；;。\\n])\\s*(?:${MONTH}[，,]?\\s*)?${UNITS}\\s*(?:${MONTH}|(?:\\d{1,2}月)?\\d{1,2}[日号])?\\s*(?:共|共计|一共|均|都|各|分别|累计)?\\s*(?:报送|上报|提交|报)了?[^，,；;。\\n]{0,8}?信息\\s*(?:共|各)?\\s*(?:\\d+|[一二两三四五六七八九十]+)\\s*[篇条则](?=\\s*(?:[，,；;。！!]|$))`,
);

/**
 * The clause of `line` that counts the papers of every department (or of the sender's supervised departments) with no
 * breakdown by department after it (各部室本月报送信息2篇), trimmed; undefined when there is none or a breakdown follows
 * (…，宣文部11月12日一篇，…: those are read one by one).
 */
export function othersCountedPapers(line: string): string | undefined {
  const m = OTHERS_COUNTED.exec(line);
  if (!m) return undefined;
  if (/[篇条则]/.test(line.slice(m.index + m[0].length))) return undefined;
  return m[0].replace(/^[，,；;。\n\s]+/, '');
}

/** Whether `line` says nothing but such a clause (punctuation aside). */
export function onlyOthersCountedPapers(line: string): boolean {
  const clause = othersCountedPapers(line);
  return clause !== undefined && line.replace(/[，,；;。！!\s]/g, '') === clause.replace(/[，,；;。！!\s]/g, '');
}
