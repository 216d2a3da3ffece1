// 2 观看警示教育片《围猎》 under 序号 日期 活动内容 主持人 参加人员 (round 22u #4, row 2): a row whose day and 主持人 cells were
// merged with the row above arrives, once its blank cells are folded away (the bot did until round 37; some clients still paste so), as a number and its deed. Read by position
// the deed fell into the day column and the row became the sender's; it is the deed, with the cells around it blank.

/**
 * The cells of a folded row holding only its number and one deed, the deed put in the table's kind column and every
 * other cell blank (so a blank doer takes the name above, and a blank day is asked); undefined for any other row.
 */
export function foldedMergedRow(cells: string[], columns: readonly string[], isDay: (cell: string) => boolean): string[] | undefined {
  const kind = columns.indexOf('kind');
  if (cells.length !== 2 || kind < 0 || columns[0] !== 'skip' || !/^\d{1,3}$/.test(cells[0]!) || isDay(cells[1]!)) return undefined;
  return columns.map((_, i) => (i === 0 ? cells[0]! : i === kind ? cells[1]! : ''));
}
