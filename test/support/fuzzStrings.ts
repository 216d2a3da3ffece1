// Deterministic random and adversarial message texts for fuzz tests.

const WORDS = [
  '今天', '昨天', '前天', '上周三', '11月20日', '2026-11-20', '十一月二十日', '3天前', '明天', '下周', '2月30日', '13月1日',
  '和', '与', '跟', '对', '分别', '、', '，', '。', '\n', ' ', '@_user_1', '@_user_9',
  '李明', '王建国', '王科长', '张书记', '办公室', '财务科负责人', '赵六', '王',
  '廉政谈话', '谈心', '警示教育片', '党课', '专题会议', '自查', '责任书', '廉政', '教育', '谈话',
  '进行了', '组织观看', '开展了', '召开', '《贪毁人生》', '《', '》', '参加23人', '全体党员', '共-5人', '99999999999人',
  '本季度完成情况', '我的任务', '撤销', '取消', '填报', '帮助', '吗？', '怎么', '计划', '已完成',
];
const NASTY = [
  '', ' ', '\u0000', '\u200b', '\ufeff', '🙂'.repeat(50), '<script>alert(1)</script>', '{"text":"x"}', '${process.exit()}',
  '%s%s%s', '\\', '"', '\r\n\r\n', 'a'.repeat(2001), '廉'.repeat(1999), '和'.repeat(500) + '廉政谈话', '\ud800',
  '１１月２０日和李明进行了廉政谈话', 'Ｑ３完成情况', '(((((((((((((((((((', '.*+?^$', '11.20'.repeat(100),
];

export function fuzzStrings(count: number, seed = 7): string[] {
  let s = seed;
  const rand = (n: number) => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s % n;
  };
  const out: string[] = [...NASTY];
  while (out.length < count) {
    const kind = rand(10);
    if (kind < 7) {
      out.push(Array.from({ length: 1 + rand(12) }, () => WORDS[rand(WORDS.length)]).join(''));
    } else if (kind < 9) {
      out.push(Array.from({ length: 1 + rand(40) }, () => String.fromCharCode(rand(2) ? 0x4e00 + rand(0x5000) : 32 + rand(95))).join(''));
    } else {
      out.push(Array.from({ length: 1 + rand(30) }, () => String.fromCharCode(rand(0xffff))).join(''));
    }
  }
  return out.slice(0, count);
}
