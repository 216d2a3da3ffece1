// 「消息里的「11月27日」没有对应到任何记录」 (t48b F3): the card named a day and not the deed told on it, so the member could not
// see what was left out. The words the day opens are named with it, short.

/** Where a clause ends. */
const CLAUSE_END = /[,，;；。!！?？\n]/;
/** How many characters of the clause are shown before 「…」. */
const SHOWN = 18;

/**
 * The words of the clause the day at `start`..`end` of `text` opens (「吴静同志向刘芳副理事长汇报了近期工作」), cut short with
 * 「…」; undefined when the day stands alone or only a few characters follow it (陪同检查 is still named: 4 are enough).
 * A comma right after the day (11月27日，吴静…) is skipped: the clause after it is the day's.
 */
export function leftoverDayDeed(text: string, start: number, end: number): string | undefined {
  const after = text.slice(end).replace(/^[\s,，:：、]+/, '');
  const cut = CLAUSE_END.exec(after);
  const clause = (cut ? after.slice(0, cut.index) : after).trim();
  if ((clause.match(/[\u4e00-\u9fa5]/g) ?? []).length < 4) return undefined;
  return clause.length > SHOWN ? `${clause.slice(0, SHOWN)}…` : clause;
}
