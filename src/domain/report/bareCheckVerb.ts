// 11月9日查办公室、11月16日查康复部，都是作风纪律检查 · 孙科长前天带我和李娟去康复中心查了专项资金 (round 41, t41a F18: the first
// check lost, or the check dropped with only 「「康复中心」没有对应」): staff write the bare verb 查 for 检查. Before a
// department's name or the funds checked it is that check, spelled out so the check readers see it; 查阅 · 查看 · 调查 · 排查
// · 审查 and the like keep their own readings. 查了下 (round 42, t42c F5: 顺便查了下专项资金账目 dropped) is 查了一下; 账目 are funds.
// 查了残疾人康复救助专项资金的使用情况 (round 43, t45a F2: not a report): the fund's own name may stand before 专项资金.
import type { Directory } from '../organization.js';
import { alternation, directoryIndex } from './parseDirectoryIndex.js';
import { oncePer } from './oncePer.js';

/**
 * What a bare 查 checks when it is a check: a department (its name or alias) ending its clause or list item (查办公室、…),
 * or the funds (专项资金 · 资金使用 · 经费). 查了组联部考勤 is read by the check readers as it stands (a guess of its kind).
 */
const checkedBy = oncePer((directory: Directory): RegExp => {
  const departments = alternation(directoryIndex(directory).departmentBySurface.keys()) || '(?!)';
  // Not the second character of 检查, 督查, 抽查, 巡查, 排查, 审查, 调查, 核查, 自查, 复查, 清查, 盘查, 追查, 搜查, 侦查, 考查, 普查, 查查.
  return new RegExp(`(?<![检督抽巡排审调核自复清盘追搜侦考普查])查(了|过)?(?:一下|了一下|下)?(?=(?:${departments})(?=[、,，;；。\\s]|和|及|$)|(?![看阅询找处实明证收验获封])(?:了?(?:一下)?[^,，;；。!?！？\\s]{0,12}?(?:专项资金|资金使用|经费使用|财务报销|报销凭证|财务账目|账目|(?<=查[了过][^,，;；。!?！？\\s]{0,12}?)台[账帐])))`, 'g');
});

/**
 * `text` with each bare 查 of a department or of funds (查办公室 · 查了专项资金) written 检查 (检查办公室 · 检查了专项资金);
 * `text` itself when there is none. `directory` gives the departments' names and aliases.
 */
export function withBareCheckVerb(text: string, directory: Directory): string {
  if (!text.includes('查')) return text;
  return text.replace(checkedBy(directory), (_whole, done: string | undefined) => `检查${done ?? ''}`);
}

/** Every item led by one: 均由本人带队 · 都由黄书记率队 · 以上均由…带队 (a visit's leader, not a meeting's chair). */
const ALL_LED = /(?:均|都|全部|全都|以上|上述)[^,，;；。!?！？\n]{0,4}?由[^,，;；。!?！？\n]{1,10}?(?:带队|率队)/;

/**
 * A dated visit to a department with nothing done there said (11月4日到财务科 · 18号去康复中心), ending its item. Groups: the
 * visit up to the department.
 */
const ledVisit = oncePer((directory: Directory): RegExp => {
  const departments = alternation(directoryIndex(directory).departmentBySurface.keys()) || '(?!)';
  return new RegExp(`((?:\\d{1,2}月)?\\d{1,2}[日号]\\s*(?:上午|下午)?\\s*(?:到|去|赴|前往)了?\\s*(?:${departments}))(?=\\s|[、,，;；。]|$)`, 'g');
});

/**
 * 黄志刚「1.11月4日到财务科 2.11月18日到康复中心，均由本人带队，林晓参加」 (round 54, fjc; not a report): two or more dated visits to
 * departments, every one of them led by one (均由…带队), are that leader's checks: each visit written 「…到财务科检查」, the check
 * readers then read one check per item and ask its kind. A visit with its deed said (到财务科开展检查 · 到财务科调研) and a
 * single visit are left as they are.
 */
export function withLedVisitsChecked(text: string, directory: Directory): string {
  const one = withLedVisitChecked(text, directory);
  if (one !== text) return one;
  if (!ALL_LED.test(text)) return text;
  const visits = text.match(ledVisit(directory)) ?? [];
  if (visits.length < 2) return text;
  // 4号到财务科 18号到康复中心 均由本人带队 林晓参加 (voice input, spaces for commas): each part its own clause.
  return text
    .replace(ledVisit(directory), (_whole, visit: string) => `${visit}检查`)
    .replace(/(?<=检查)\s+(?=\S)/g, '，')
    .replace(/(?<=(?:带队|率队))\s+(?=[\u4e00-\u9fa5、]{1,12}?(?:参加|陪同|参与|随行)\s*$)/, '，');
}

/**
 * 林晓「11月4日到财务科，本人带队」 · 「11月4日到财务科，黄书记带队，林晓参加」 (round 55, fhf, issue 10: not a report): one dated
 * visit to a department whose only other words are who led it (本人/我/由X 带队·率队) and who went along (X参加/陪同/随行) is
 * that leader's check, as several such visits are: written 「…到财务科检查，均由本人带队」, its kind then asked and those
 * going along kept. The whole message must be
 * only that, so a visit with a deed said (到财务科调研，本人带队) is left as it is.
 */
function withLedVisitChecked(text: string, directory: Directory): string {
  const departments = alternation(directoryIndex(directory).departmentBySurface.keys()) || '(?!)';
  const only = new RegExp(
    `^(\\s*(?:[\\u4e00-\\u9fa5]{0,6}?(?:于)?)?(?:\\d{1,2}月)?\\d{1,2}[日号]\\s*(?:上午|下午)?\\s*[,，]?\\s*(?:到|去|赴|前往)了?\\s*(?:${departments}))` +
      `(\\s*[,，;；\\s]\\s*(?:由)?(?:本人|我|[\\u4e00-\\u9fa5]{1,6}?)(?:亲自)?(?:带队|率队|带的队)(?:[,，;；\\s]\\s*[\\u4e00-\\u9fa5、和]{1,16}?(?:参加|陪同|随行|参与|同行)了?)?\\s*[。.]?\\s*)$`,
  );
  const m = only.exec(text);
  if (!m) return text;
  // The leader's clause written as the list's (均由本人带队), so the one led by and those going along are read as for several visits.
  const led = m[2]!.replace(/(?<=^[\s,，;；]*)(?:由)?(本人|我|[\u4e00-\u9fa5]{1,6}?)(?:亲自)?(?:带队|率队|带的队)/, (_w, who: string) => `均由${who === '我' ? '本人' : who}带队`);
  // 11月4日 到财务科 本人带队 林晓参加 (voice input, spaces for commas): each part its own clause.
  return `${m[1]}检查${led.replace(/^\s+(?=均由)/, '，').replace(/(?<=带队)\s+(?=\S)/, '，')}`;
}
