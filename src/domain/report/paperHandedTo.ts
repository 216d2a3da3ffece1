// 「昨天把这个信息报给了宣文部」 · 「刚把廉政信息报给机关纪委了」 (round 51 fzc, t53a F7: named, not recorded, so the department's
// 信息报送 stayed 逾期): a 信息 handed (报给 · 交给 · 报送给 · 报到 · 发给) to a body that collects papers (机关纪委 · 办公室 · a
// department · 市残联 · 上级) or to a 纪检 officer (黄书记 · 林晓) is the sender's paper sent, as 报送了廉政信息 is; 这个/这篇/那篇
// point at one paper. Whom it went to is no department of the paper's and no doer, so it is left out. Near-misses read as
// before: 报给我 · 发给各部门 (received, or passed round), 转发给 (others' passed on), 请/记得把… (asked, not done), a draft given
// to someone else (交给冯部长: their review, not the paper sent).
import type { Directory } from '../organization.js';

/** The handing verb: 报给 · 交给 · 报送给 · 报到 · 交至 · 发给 (not 转发给). */
const VERB = '(?:报送给|上报给|报给|交给|递交给|提交给|(?<!转)发给|送给|报送到|上报到|报送至|上报至|报到|交到|送到|(?<!转)发到|报至|交至)';
/** Whom to, to the clause's end (who it is, bodyOrInspector decides). */
const RECIPIENT = '[^，,；;。！!？?\\n]{1,16}?';
/** Bodies that collect papers: 机关纪委 · 纪检 · 党委 · 党组 · 市残联 · 市纪委 · 上级 · 编辑部 · 公众号 · 网站. */
const BODY = /^(?:了)?\s*(?:机关纪委|机关党委|纪委|纪检|党委|党组|市残联|残联|市纪委|市委|上级|编辑部|公众号|网站|信息科|简报)/;
/** The clause's end after the recipient (了 perhaps). */
const END = '(?:了)?(?=\\s*(?:[，,；;。！!？?\\n]|$))';
/** 把/将 + which paper (这个 · 11月份的 · 廉政) + 信息(稿): group 1 what is said of the paper, 2 已/都/也, 3 了 after the verb. */
const FRONTED = new RegExp(`(?:把|将)([^，,；;。！!？?\\n把将]{0,10}?信息(?:稿)?)(已经?|都|也)?${VERB}(了)?(${RECIPIENT})${END}`, 'g');
/** 信息(稿) + a day perhaps + 已/都/也 + the verb: the paper named before it (廉政信息昨天已交给机关纪委). Group 2 the words between. */
const NAMED_FIRST = new RegExp(`(信息(?:稿)?)(\\s*(?:(?:\\d{1,2}月)?\\d{1,2}[日号]|昨天|今天|前天|今早|上午|下午|刚刚|刚才|刚|上周[一二三四五六日天])?\\s*(?:已经?|都|也|均)?)${VERB}(了)?(${RECIPIENT})${END}`, 'g');
/** 上周五将本月廉政信息报至机关纪委: a day gone by before it in the clause tells it done without 了. */
const PAST_DAY = /(?:昨天|前天|上周|上个?月|\d{1,2}月\d{1,2}[日号]|刚刚|刚才|刚)[^，,；;。！!？?\n]*$/;
/** Asked, meant or to come: 请 · 麻烦 · 记得 · 准备 · 要 · 尽快 before it in the clause. */
const NOT_DONE = /(?:请|麻烦|记得|准备|打算|计划|需要|要|须|需|尽快|抓紧|务必|督促|提醒|通知|让|叫|将于|明天|后天|下周|[日号底]前|之前)[^，,；;。！!？?\n]*$/;

/**
 * `text` with each 信息 said handed to someone (把这个信息报给了宣文部 · 廉政信息已交给机关纪委了) written as the paper sent
 * (报送了这个信息 · 廉政信息已报送了), whom it went to left out; only a deed said done (了 or 已) to a body or a 纪检 officer is
 * rewritten. Unchanged otherwise.
 */
export function withPaperHandedTo(text: string, directory: Directory): string {
  const done = (before: string, said: string, to: string) => !NOT_DONE.test(before) && (/了|已/.test(said) || PAST_DAY.test(before)) && collects(to, directory);
  let out = text.replace(FRONTED, (all: string, paper: string, already: string | undefined, _le: string | undefined, to: string, at: number, whole: string) =>
    done(whole.slice(0, at), all, to) ? `${already ?? ''}报送了${paper}` : all,
  );
  out = out.replace(NAMED_FIRST, (all: string, paper: string, between: string, _le: string | undefined, to: string, at: number, whole: string) =>
    done(whole.slice(0, at), all, to) ? `${paper}${between}报送了` : all,
  );
  return out;
}

/**
 * Whether `to` (the words after the verb) names whom papers are handed to: a body (BODY), a department of the directory
 * (宣文部 · 办公室), or a 纪检 officer by name or surname and title (林晓 · 黄志刚书记 · 黄书记).
 */
function collects(to: string, directory: Directory): boolean {
  const words = to.replace(/^了?\s*/, '');
  if (BODY.test(words)) return true;
  if (directory.org.departments.some((d) => [d.name, ...d.aliases].some((n) => words.startsWith(n)))) return true;
  return directory.withRole('inspector').some((p) => words.startsWith(p.name) || new RegExp(`^${p.name[0]}(?:书记|干事|老师)`).test(words));
}
