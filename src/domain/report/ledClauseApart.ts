// 李明主任带领办公室全体人员重温入党誓词，会后与王芳签订了廉洁承诺书 (round 43, round-42 fixers' kind: the signing read with
// everyone of 办公室, the group led taken for those signed with; 孙丽科长带领科室党员…，随后与我签订… asked 和谁): a clause of
// leading a group through something that is no deed of the catalogue (重温入党誓词 · 宣誓) only sets the scene; the deed after
// it (随后/会后/接着 与X…) is the leader's with X, never with the group led.
import { perNames } from './directoryNames.js';
import { findKinds } from './parseKind.js';
import { extractTitles } from './parseTraining.js';

/** A leader or head named by title (赵敏书记 · 孙丽科长 · 王部长) — never 我. */
const TITLED = '(?:(?![我你他她跟和与同对向给让叫听据说])[\\u4e00-\\u9fa5]){1,4}?(?:书记|副?理事长|副?主任|副?部长|副?科长)';
/** The mark ending the scene and a step word (both taken out: 赵敏书记随后与王磊 read 赵敏 as one signed with), then (ahead) then 与/和/跟/同/对/向/找 someone of its own (not 大家/全体). */
const GOES_ON = '[，,。；;]\\s*(?:随后|之后|然后|接着|紧接着|会后|活动后|结束后|最后)[，,\\s]*(?=(?:又|还|并)?(?:与|和|跟|同|对|向|找)(?!大家|全体|所有))';

/**
 * `text` with the led part of each 「X带领/率领…，」 clause that names no kind of deed taken out, X kept as the subject of the
 * step after it (赵敏书记与王磊签订…), when that step (随后/会后/接着…) turns to someone of its own; `text` itself otherwise. `names` are the directory's full names.
 */
export function withLedSceneApart(text: string, names: readonly string[]): string {
  if (!/带领|率领/.test(text)) return text;
  const led = ledPattern(names);
  led.lastIndex = 0;
  return text.replace(led, (whole, person: string, scene: string) => (findKinds(extractTitles(scene).rest).length > 0 ? whole : person));
}

/** The led clause's pattern, built once per names array (a large directory's 1,000 names, never per message). */
const ledPattern = perNames((names): RegExp => {
  const who = `(${TITLED}|${names.filter((n) => n.length >= 2).join('|') || '(?!)'})`;
  return new RegExp(`${who}(?:同志)?(?:带领|率领)([^，,。；;!?！？\\n]{1,30})${GOES_ON}`, 'g');
});
