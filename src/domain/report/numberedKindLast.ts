// 「第2条不是教育 是去财务科检查廉政风险点 算作风纪律检查吧」 typed on a waiting card (round 63, gci; t66a B-F13: 「没有在通讯录或活动
// 类型里找到「教育」「去财务科检查…」」, the card unchanged, while 「第2条改成作风纪律检查」 worked): one numbered record, what it was
// not and what was done, then the kind it is to count as, said last (算… · 算作… · 按…记 · 记成…).
import { parseKind } from './parseKind.js';

/** 第2条 … 算作风纪律检查吧: the record's number (1), the words between (2), the verb (3), the kind said last (4). */
const KIND_LAST = /^第([1-9]\d?|[一二两三四五六七八九十])(?:条|项)([\s\S]{0,40}?)[，,;；\s]+(?:就|那就|应该)?(算作?|算是|当作|当成|记成|记为|记作|按)([\u4e00-\u9fa5]{2,12}?)(?:来记|记录|记)?(?:吧|了|的|啊|哈)*$/;
/** What the words between must say: the record was not what the card shows (不是… · 不对 · 其实是 · 是去…). */
const NOT_SO = /不是|不对|不算|其实|实际|是去|是到/;

/**
 * The edit 「第N条改成<kind>」 that `text` (normalised) stands for, or undefined when it is not this shape, the words between say
 * nothing was wrong, or the last words name no kind (the card's other readers answer).
 */
export function numberedKindLast(text: string): string | undefined {
  const m = KIND_LAST.exec(text.trim().replace(/[。!！]+$/, ''));
  if (!m || !NOT_SO.test(m[2]!)) return undefined;
  // 算作风纪律检查: the 作 may be the kind's own (作风), not 算作's.
  const joined = `作${m[4]}`;
  const best = m[3]!.endsWith('作') && parseKind(joined).kind !== undefined ? joined : parseKind(m[4]!).kind !== undefined ? m[4]! : undefined;
  return best !== undefined ? `第${m[1]}条改成${best}` : undefined;
}
