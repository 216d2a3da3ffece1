// 「昨天一起报的，是一次报送2篇」 to 「共 2 次信息报送，分别是哪几天？」 (round 67, ggi; t70a F3: read as a message of its own,
// 「没有读出需要记录的…」, and 12月7日 then asked the second paper's day again): the papers asked about went in one sending.

/**
 * Words saying the counted deeds asked about went together, on one day: 一起报的 · 一起报送的 · 一并报送 · 同时报的 ·
 * 一块儿报的 · 一次报的 · 一次性报送 · 一次报送2篇 · 同一天 · 同一次 · 都是昨天 · 两篇都是12月7日. The day itself is read
 * elsewhere; this only says one day is every paper's. Each paper stays a record of its own (信息报送 counts per 篇,
 * /work/shared/domain/duties.md). Traditional characters are read as the parser reads them (toSimplified before).
 */
export function sentTogether(text: string): boolean {
  return SENT_TOGETHER.test(text.replace(/\s+/g, ''));
}

/** The verbs of sending a paper: 报 · 报送 · 上报 · 送 · 交 · 发 · 投. */
const SENT = '(?:报送|上报|报|送|交|发|投)';
const SENT_TOGETHER = new RegExp(
  [
    `(?:一起|一并|同时|一块儿?|一次性?|同一批|一批)${SENT}`,
    '同一天|同一次|同一批|同一日',
    // 都是昨天 · 两篇都是12月7日 · 均为… (ALL_ON in followUp reads these only at the answer's start)
    '(?:都|均|全)(?:是|为|在|于)(?:昨天|前天|今天|上周|本周|这周|\\d|[一二三四五六七八九十]+月|[一二三四五六七八九十]+号)',
  ].join('|'),
);
