// 11月份各班子成员分别与分管部门负责人开展了廉政谈话，共谈话8人次 · 本月各部门负责人分别与本部门干部开展了谈心谈话 (round 45,
// frg: a 纪检 officer's summary line; the doers were lost and became the ones the sender talked to, only the day asked):
// a span glued to the group of doers after it hid the group from its reader, which reads 「11月，各班子成员分别与…」 right.

/**
 * A span with no day (11月份 · 11月 · 本月 · 上月 · 本周 · 上周 · 近期 · 近日) glued to a group of doers (各…/班子成员/全体班子成员)
 * who each (分别/各自) did the deed; 本月班子成员与分管科室负责人签订了…：11月3日与李明… (a day–person list after) is read already.
 */
const GLUED = /(^|[,，。;；:：\n]\s*)((?:\d{1,2}月份?|本月|上月|本周|上周|这周|近期|近日)(?:以来|中旬|上旬|下旬)?)(?=(?:各位?|全体)?(?:班子成员|部门负责人|科室负责人|部室负责人|支部书记)[^,，。;；\n]{0,6}?(?:分别|各自)(?:与|和|同|跟|对))/g;

/** `text` with a comma put after each span glued to a group of doers; unchanged when there is none. */
export function withSpanBeforeGroupDoers(text: string): string {
  return text.replace(GLUED, '$1$2，');
}
