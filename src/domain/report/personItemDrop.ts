// Round 34a F10 (issue 10): 「去掉胡军」「删掉和胡军的」「把胡军去掉」 on a waiting card of talks with 王芳 and 胡军 were not
// understood (only 「胡军那条不要」 with 那条 was): a person named alone, with no 那条, leaves that person's record.
import type { ReportDraft } from './draft.js';
import { normalizeText } from './parseNormalize.js';
import type { NamedItem } from './namedItemDrop.js';
import { recordsNamed } from './recordsNamed.js';

/** Leave out: the verbs namedItemDrop reads, and 不要/别记 said before the person. */
const OUT = '(?:去掉|删掉|删除|删去|拿掉|划掉|撤掉|不要|不记|不用记|别记)';
/** A person as said alone: 胡军 · 和胡军 · 胡军同志 · 和胡军的 (the name itself is checked against the directory). */
const PERSON = '(?:和|与|跟|同|对)?([\\u4e00-\\u9fa5]{2,4}?)(?:同志)?的?';
const LEAD = '^(?:请|麻烦)?(?:帮我)?(?:把)?';
/** 去掉胡军 · 删掉和胡军的 · 不要胡军了. */
const VERB_FIRST = new RegExp(`${LEAD}${OUT}(?:掉)?${PERSON}(?:吧|了|啦)*$`);
/** 把胡军去掉 · 胡军不要了 · 和胡军的删掉. */
const PERSON_FIRST = new RegExp(`${LEAD}${PERSON}(?:就|也)?${OUT}(?:掉|了|吧|啦)*$`);

/**
 * Reads 「去掉胡军」 (a person named alone, no 那条) against the waiting `items` (card order): the records that person is
 * in, as doer or counterpart. `isPerson` says whether a name is someone in the directory (so 去掉日期 is no such words),
 * `nameOf` gives a person's name by id. Returns the index when exactly one record has that person, the fitting indexes
 * otherwise (none, or several: the caller asks which), or undefined when the reply is not a person to leave out.
 */
export function personItemDrop(
  text: string,
  items: readonly { draft: ReportDraft }[],
  nameOf: (id: string) => string | undefined,
  isPerson: (name: string) => boolean,
  today: string,
): NamedItem | undefined {
  const t = normalizeText(text).trim().replace(/[\s。.!！~～]+$/g, '').replace(/\s+/g, '');
  const m = VERB_FIRST.exec(t) ?? PERSON_FIRST.exec(t);
  if (!m || !isPerson(m[1]!)) return undefined;
  const said = m[1]!;
  const fits = recordsNamed(said, items, nameOf, today);
  return fits.length === 1 ? { index: fits[0]! } : { fits, said };
}
