// 胡军「11月签订责任书情况：办公室11月6日与李明签订；财务科11月7日与孙丽签订」 (round 59, fcd; fda's left-alone: only the
// last clause kept, 孙丽 made the signer with no one): a department written in the doer's place of a signing signed through its
// 分管领导 — the leader side of a 责任书 is the doer (duties.md, pledge-sign), the department's head or member after 与 the
// other side. Each clause is written with that leader's name, so it is one record of its own, shown on a card (a record in
// someone else's name is confirmed first) for the clerk to check — never the sender's, never dropped.
import type { Directory } from '../organization.js';

/**
 * A clause opening with a department (办公室 · 财务科：) and, before 与/和 and a person, at most a day (11月6日 · 于11.6 · 6号),
 * then signing (签订 · 签署 · 签了). Groups: 1 what opens the clause, 2 the department as written, 3 the day's words, 4 the
 * person's words (a name, or a surname with a title: 孙科长), 5 a title after a full name (科长 · 同志).
 */
const DEPARTMENT_SIGNS = /(^|[,，;；。!！?？\n:：]\s*)([\u4e00-\u9fa5]{2,6}?(?:科|部|室|中心))\s*[:：]?\s*((?:于|在)?\s*(?:\d{1,2}\s*[月./-]\s*\d{1,2}\s*[日号]?|\d{1,2}\s*[日号]|(?:上|本|这)个?(?:周|星期)[一二三四五六日天]|今天|昨天|前天)?)\s*[,，]?\s*(?:与|和|同|跟)\s*([\u4e00-\u9fa5]{2,3}?)(同志|科长|主任|部长|副科长|副主任)?(?=\s*(?:签订|签署|签了|签))/g;

/** 孙科长 · 李主任: a surname with a head's title, the department's head. */
const SURNAME_TITLE = /^([\u4e00-\u9fa5])(?:科长|主任|部长)$/;

/**
 * `text` with each signing whose doer's place holds a department of the directory written as its 分管领导's
 * (办公室11月6日与李明签订 → 11月6日王建国与李明签订), when the person after 与 is that department's head or one of its people
 * (李明 · 孙科长 · 王强同志) and the department has a 分管领导 who is not that person; `text` itself otherwise. When the person is
 * the 分管领导 (办公室与王建国签订), the department's head is the other side (王建国与李明签订). Pure; `directory` as of today.
 */
export function withDepartmentSignsWith(text: string, directory: Directory): string {
  if (!text.includes('签') || !/[与和同跟]/.test(text)) return text;
  return text.replace(DEPARTMENT_SIGNS, (whole, stop: string, unit: string, day: string, who: string, title: string | undefined) => {
    const department = directory.org.departments.find((d) => d.name === unit || d.aliases.includes(unit));
    if (department === undefined || department.supervisorId === '') return whole;
    const leader = directory.person(department.supervisorId);
    if (leader === undefined) return whole;
    const staff = directory.org.people.filter((p) => p.departmentId === department.id || p.id === department.headId);
    const surname = SURNAME_TITLE.exec(`${who}${title ?? ''}`);
    const person = staff.find((p) => p.name === who) ?? (surname ? staff.find((p) => p.id === department.headId && p.name.startsWith(surname[1]!)) : undefined);
    const said = `${who}${title ?? ''}`;
    if (person === undefined && who === leader.name) {
      const head = directory.person(department.headId);
      return head === undefined ? whole : `${stop}${day}${day === '' ? '' : '，'}${leader.name}与${head.name}`;
    }
    if (person === undefined || person.id === leader.id) return whole;
    return `${stop}${day}${day === '' ? '' : '，'}${leader.name}与${said}`;
  });
}
