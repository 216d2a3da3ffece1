// 李明「另外今天上午赵书记和我进行了谈心谈话」 (round 57, feb; fga's left-alone: the talk put on the sender, 赵敏 the one talked
// to): a connective written straight before a day (另外今天上午 · 还有11月5日 · 此外昨天) hid the day that opens the clause, so the
// subject after the day was not read as the doer. Written with a comma after it, as 「另外，今天上午赵书记…」 is read.

/** A clause opening with 另外/还有/此外/再有, then a day word or written day, with no comma between. */
const CONNECTIVE_THEN_DAY = /(^|[。！!？?\n；;])(\s*(?:另外|还有|此外|再有|再就是))(?=(?:今天|昨天|前天|大前天|今早|昨晚|上午|下午|本周|这周|上周|周[一二三四五六日天]|星期[一二三四五六日天]|\d{1,2}月\d{1,2}[日号]|\d{1,2}[日号]))/g;

/** `text` with a comma after a connective that stands right before the day opening its clause. */
export function withConnectiveBeforeDayApart(text: string): string {
  return text.replace(CONNECTIVE_THEN_DAY, (_whole, start: string, word: string) => `${start}${word}，`);
}
