// 「何 主任 昨天 给 我们 中心 全体 上了 一堂 廉政 党课 大概 十来个 人」 (round 52, fwb; t54a F6: who lectured asked, the count
// lost without a word, while the same words unspaced gave 何平 and 10人): voice input puts a space after nearly every word,
// also inside a name and title (何 主任), a count (十来个 人 · 二十 多 人), a kind word (廉政 党课 · 谈心 谈话) or a day (11 月
// 26 号). Every reader knows these words whole only; a space inside one is written away before any reader sees it. The
// spaces between words stay: a voice-spaced list of names (王强 李娟) or a clause parted by a space is still read as one.
import type { Directory } from '../organization.js';
import { oncePer } from './oncePer.js';

/**
 * The words a space never parts (those every reader looks for whole): the kinds' words, the titles of the rules studied,
 * the deeds' verbs and the spoken forms of a talk. A space is written away where one of them runs across it.
 */
const WORDS = [
  '廉政谈话', '廉洁谈话', '谈心谈话', '提醒谈话', '谈话提醒', '警示谈话', '集体谈话', '集体廉政谈话', '廉政提醒', '廉洁提醒',
  '谈了谈心', '谈了心', '谈了话', '谈谈心', '谈了一次心', '谈过心', '聊了聊', '谈了谈',
  // 并分别 谈了 心 (round 55, t58b F4: the talks after a signing with the names asked 和谁): 分别 and the deed it spreads.
  '分别谈', '分别进行', '分别签订', '分别开展', '并分别',
  '廉政党课', '专题党课', '党课', '廉政教育', '警示教育', '警示教育片', '警示片', '教育片', '廉洁教育', '党纪教育', '纪律教育',
  '集中学习', '专题学习', '廉政讲座',
  '专题会议', '党组会议', '党组会', '分管科室会议', '分管部门会议', '科室会议', '部门会议', '党风廉政建设', '党风廉政',
  '作风纪律检查', '作风纪律', '纪律检查', '作风检查', '专项资金检查', '专项资金', '专项检查', '廉政风险防控', '廉政风险', '风险防控',
  '防控台账', '台账',
  // 然后 我 签了 承诺书 (round 58, fde; feb's left-alone: the pledge kept with no one while 签了承诺书 signed with the one
  // talked to): the signing verb and the paper it names are one phrase.
  '签了承诺书', '签了责任书', '签订了承诺书', '签订了责任书', '签了廉洁承诺书', '签了廉政承诺书', '签订了廉洁承诺书', '签订了廉政承诺书',
  // 周部长 上周二 找 我 谈了 话 (round 59, fca: the talk kept with no one, the signing after it asked 和谁): 找我 is one phrase.
  '找我',
  '廉政信息', '调研报告', '自查报告', '述职述廉', '述责述廉', '责任书', '承诺书', '廉洁承诺书', '廉政承诺书',
  '廉洁自律准则', '自律准则', '纪律处分条例', '处分条例', '八项规定', '实施细则', '中央八项规定', '八项规定实施细则',
  '带队检查', '带队开展', '一起带队', '一起检查', '联合检查', '主持召开', '召开', '讲授', '主讲', '签订', '组织学习', '组织观看', '学习了', '观看了', '进行了', '开展了', '组织了', '检查了',
  '全体党员', '全体干部', '全体人员', '党员干部', '题目是', '题目为', '题目叫', '主题是',
  // 本月 计划 开展 作风纪律检查 3次 (round 69, gif: asked its day as a check done): a plan's word and its verb are one phrase.
  '计划开展', '计划组织', '计划召开', '计划进行', '拟开展', '拟组织', '拟召开', '拟进行',
];

/** Characters read on each side of a space: more than the longest word of WORDS. */
const REACH = Math.max(...WORDS.map((w) => w.length)) + 1;

/** A surname and the title said after it (何 主任 · 张 书记 · 王 部长): one way to name a person, never two words. */
const TITLES = '副理事长|理事长|副主任|主任|副书记|书记|副部长|部长|副科长|科长|主席|处长|局长|院长|干事';

const surnamesOf = oncePer((directory: Directory): string => [...new Set(directory.org.people.map((p) => p.name[0]!))].join(''));

/**
 * 跟 张颖 谈了心 · 和 周涛部长 进行了廉政谈话 · 与 李明 签订: a name (its title after it or not) between the word that turns to
 * someone and the deed, one phrase as typed (跟张颖谈了心); parted, the name went to the deed before it and the deed after it
 * had no one (t54b F1). Group 1 the word turned with, 2 the name.
 */
const turnedToNameOf = oncePer((directory: Directory): RegExp => {
  const names = [...directory.org.people.map((p) => p.name)].sort((a, b) => b.length - a.length).join('|');
  // 跟 · 和 · 与 · 同 within a name and a title before the space, looked for first: the names are run backwards only there.
  const reach = Math.max(0, ...directory.org.people.map((p) => p.name.length)) + Math.max(...`同志|${TITLES}`.split('|').map((t) => t.length));
  return new RegExp(
    // Each alternative opens on a lookahead for the space it takes, so the lookbehinds (the second runs the 1,000 names
    // backwards) are tried at a space only, not at every character (issue 14, r53 fkhh: ~0.3 s of a 400-row table).
    `(?=[ \u3000\u00a0])(?<=(?:^|[ \u3000\u00a0]|[又再还也])[跟和与同])[ \u3000\u00a0]+(?=(?:${names})(?:同志|${TITLES})?(?:[ \u3000\u00a0]|$))|` +
      `(?=[ \u3000\u00a0])(?<=[跟和与同][^]{0,${reach}})(?<=(?:^|[ \u3000\u00a0]|[又再还也])[跟和与同](?:${names})(?:同志|${TITLES})?)[ \u3000\u00a0]+(?=(?:谈|聊|进行|开展|签|廉政|廉洁|谈心))`,
    'g',
  );
});

/**
 * 中心 全体 人员 · 办公室 全体党员 (round 66, gfc; t68a F3: 「另外 中心 全体 人员 看了 警示 片」 made the film's audience two
 * talks with the center's people): a unit and the group word after it are one phrase (中心全体人员), as typed. The units
 * are the directory's departments (names and aliases) and the spoken 中心 · 部里 · 科里 · 部门 · 科室 · 单位.
 */
const unitBeforeGroupOf = oncePer((directory: Directory): RegExp => {
  const units = [...new Set(['中心', '部里', '科里', '部门', '科室', '单位', ...directory.org.departments.flatMap((d) => [d.name, ...(d.aliases ?? [])])])]
    .sort((a, b) => b.length - a.length)
    .join('|');
  return new RegExp(`(?<=(?:${units}))[ \u3000\u00a0]+(?=(?:全体|所有|全部)(?:[ \u3000\u00a0]*(?:人员|同志|干部|职工|党员|成员)))`, 'g');
});

/** 11 月 26 号 · 11 月26日 · 11月 26 号: a day written with spaces between its numbers and units. */
const SPACED_DAY = /(\d{1,2})[ \u3000\u00a0]*月[ \u3000\u00a0]*(\d{1,2})[ \u3000\u00a0]*([日号])/g;

/** 十来个 人 · 二十 多 人 · 12 人 · 十五 个 人 · 8 名: a count of people written with spaces between its parts. */
const SPACED_COUNT =
  /(?<![\d零一二两三四五六七八九十百几])([\d零一二两三四五六七八九十百几]+)((?:[ \u3000\u00a0]*[多来余])?)((?:[ \u3000\u00a0]*[个名位])?)[ \u3000\u00a0]*(人|名|位)/g;

/**
 * Whether the message was spoken in: a space between words at least three times (昨天 和 陈静 谈心 谈话), not the one or
 * two spaces a typed message puts between its clauses or names.
 */
function voiceSpaced(text: string): boolean {
  return (text.match(/[\u4e00-\u9fa5\d][ \u3000\u00a0]+(?=[\u4e00-\u9fa5\d])/g) ?? []).length >= 3;
}

/**
 * `text` with the spaces voice input put inside a word written away (何 主任 → 何主任, 十来个 人 → 十来个人, 廉政 党课 →
 * 廉政党课, 11 月 26 号 → 11月26号, 谈 了 心 → 谈了心); unchanged when the message is not voice-spaced (fewer than three
 * spaces between words) or no word runs across a space.
 */
export function withVoiceSpacesJoined(given: string, directory: Directory): string {
  if (!/[ \u3000\u00a0]/.test(given)) return given;
  const raw = withSpokenSpeakerParted(withSoundAlikeJoined(given), directory);
  // 《 围猎 》 · 《 廉洁自律准则 》 (round 56, fgd; t58a F1): the spaces voice input or a phone put just inside the marks are no
  // part of the title; a space between its words (《廉洁从业 守住底线》) is, and stays.
  const text = raw.replace(/《[ \u3000\u00a0]+/g, '《').replace(/[ \u3000\u00a0]+》/g, '》');
  // A title in 《》 is kept as written, its spaces too (《维权工作中的廉政风险 防控》 · 《廉洁从业 守住底线》: round 52, fwe keeps
  // a title whole with its space); only the words around it are joined, each stretch on its own.
  if (/《[^》\n]*[ \u3000\u00a0][^》\n]*》/.test(text)) {
    const spoken = voiceSpaced(text);
    return text
      .split(/(《[^》\n]*》)/)
      .map((part, i) => (i % 2 === 1 ? part : joinedOutsideTitles(part, directory, spoken)))
      .join('');
  }
  return joinedOutsideTitles(text, directory, voiceSpaced(text));
}

/** The space after 其中 before a word (其中 上班纪律检查): 其中 is never a word of its own. */
const AFTER_AMONG = /(?<=其中)[ \u3000\u00a0]+(?=[\u4e00-\u9fa5])/g;

/** withVoiceSpacesJoined on a stretch holding no title; `spoken` is the whole message's voiceSpaced. */
function joinedOutsideTitles(text: string, directory: Directory, spoken: boolean): string {
  if (!/[ \u3000\u00a0]/.test(text)) return text;
  const surnames = surnamesOf(directory);
  const joined = text
    // 3次 其中 上班纪律检查 2次 (round 69, gif: the part read apart from the plan it goes on from): 其中 opens the words after it.
    .replace(AFTER_AMONG, '')
    .replace(SPACED_DAY, '$1月$2$3')
    .replace(SPACED_COUNT, (_w, n: string, about: string, unit: string, who: string) => `${n}${about.trim()}${unit.trim()}${who}`)
    // 何 主任 · 张 书记: only a surname of the directory's people, not after another character (我们 书记 stays two words).
    .replace(new RegExp(`(?<![\\u4e00-\\u9fa5])([${surnames}])[ \\u3000\\u00a0]+(?=(?:${TITLES}))`, 'g'), '$1')
    // 跟 我 进行了 · 和 我 谈了话: 我 alone after 跟/和/与/同 is the one talked with; written 跟我, as typed.
    .replace(/(?<=(?:^|[ \u3000\u00a0])[跟和与同])[ \u3000\u00a0]+(?=我(?:[ \u3000\u00a0]|$))/g, '')
    // Twice: the space after the name is seen only once the one before it is gone (a lookbehind reads the text as it was).
    .replace(turnedToNameOf(directory), '')
    .replace(turnedToNameOf(directory), '')
    // 和陈副理事长一起参加了 分管科室…会议 (round 57, fea; t59a F1): what was attended together goes on with the verb, spoken
    // or not; cut there, 「和陈副理事长一起参加了」 became a talk with him.
    .replace(/(?<=(?:一起|一同|一道|共同)(?:参加|出席|列席|参与|听取|观看|收看|学习)了?)[ \u3000\u00a0]+(?=[\u4e00-\u9fa5《“"])/g, '')
    // 和陈副理事长 一起参加了: 一起 goes on with the one named before it (和X一起…), never opens a clause of its own.
    .replace(/(?<=[和与跟同][\u4e00-\u9fa5]{1,8})[ \u3000\u00a0]+(?=(?:一起|一同|一道)(?:参加|出席|列席|参与|听取|观看|收看|学习))/g, '')
    .replace(unitBeforeGroupOf(directory), (space) => (spoken ? '' : space))
    // 学习 了 · 谈 了 话: 了 opening a word is the particle of the verb before it.
    .replace(/(?<=[\u4e00-\u9fa5])[ \u3000\u00a0]+(?=了)/g, (space) => (spoken ? '' : space));
  // Only a message said in one breath: lines (a table's rows, an account's items) keep their spaces as cells and clauses.
  return withWordsJoined(spoken && !/\n/.test(text) ? withPhraseSpacesJoined(joined) : joined);
}

/** The spaces with a word of WORDS running across them written away (廉政 党课 · 廉洁 自律 准则 · 谈了 心). */
function withWordsJoined(text: string): string {
  const parts = text.split(/([ \u3000\u00a0]+)/);
  if (parts.length < 3) return text;
  let out = parts[0]!;
  // Only the characters next to the space matter (no word of WORDS is longer than REACH): reading the whole text on each
  // side of every space made a 400-line space-aligned table cost ~250 ms on the bot thread.
  let left = parts[0]!.slice(-REACH);
  for (let i = 1; i + 1 < parts.length; i += 2) {
    let right = '';
    for (let k = i + 1; k < parts.length && right.length < REACH; k += 2) right += parts[k]!;
    const runsAcross = /[\u4e00-\u9fa5]$/.test(left) && /^[\u4e00-\u9fa5]/.test(right) && WORDS.some((w) => {
      for (let k = 1; k < w.length; k++) if (left.endsWith(w.slice(0, k)) && right.startsWith(w.slice(k))) return true;
      return false;
    });
    out += (runsAcross ? '' : parts[i]!) + parts[i + 1]!;
    left = (left + parts[i + 1]!).slice(-REACH);
  }
  return out;
}

/**
 * 李娟 分别谈了心 · 学习了 新修订的 纪律处分条例 · 观看了 警示片 (round 56, fgd; t58a F1 / t58b F2: the talks asked 和谁 although
 * 王强 李娟 were written, the study's type asked and its title lost): in a voice-spaced message a space that no clause can
 * end or open at is inside one phrase: before 分别 (the names before it are the ones it spreads over), after the 的 of what
 * was studied (a modifier goes on to its noun) and after a deed's verb with 了 (学习了 · 观看了 · 看了 · 学了 · 传达了 · 进行了 · 开展了 · 签订了:
 * what was studied, watched or held follows; 参加了 · 出席了 · 列席了 · 参与了 · 听取了 too, round 57 fea, t59a F1: 「下午 和陈副理事长
 * 一起参加了 分管科室…会议」 cut after 参加了 left 「和陈副理事长一起参加了」 to the talk before it, a made-up talk 陈志强→冯雪). Each is written away; a space before a day, a count or a name still parts two clauses.
 */
function withPhraseSpacesJoined(text: string): string {
  return text
    // 周五 组织 部里 · 上周三 和张颖 · 11月25日 到财务科: a day said before its deed's first word goes on with it, as typed
    // (周五组织…), so a space before the day can part it from the deed before (谈了心 周五组织… → the film's own 周五).
    .replace(new RegExp(`(?<=${SPOKEN_DAY})[ \u3000\u00a0]+(?=${DEED_OPENING})`, 'g'), '')
    // 《围猎》 看完 和王强 李娟… · 学完 和陈静…: 看完/学完 (之后) closes the film or study and opens the next deed, its comma.
    .replace(/[ \u3000\u00a0]+(?=(?:看完|学完|观看完|学习完)(?:之后|以后|后)?[ \u3000\u00a0]*[和与跟同])/g, '，')
    .replace(/(?<=(?:看完|学完|观看完|学习完)(?:之后|以后|后)?)[ \u3000\u00a0]+(?=[和与跟同])/g, '')
    .replace(/(?<=[\u4e00-\u9fa5])[ \u3000\u00a0]+(?=分别)/g, '')
    // 组织 全体同志 观看了… (round 57, fea; fgd's left-alone: the film stored with no department, while 组织全体同志 has the
    // sender's): whom a deed was organised for goes on with 组织, as typed.
    .replace(new RegExp(`(?<=组织(?:[ \u3000\u00a0]*${GROUP})*)[ \u3000\u00a0]+(?=${GROUP})`, 'g'), '')
    // Not 查看了 · 检查了 (查看了 报销票据 和 资金支付台账: the words checked are a list read by the check's note).
    // Not before a film's own word (观看了 警示教育片: the opener readers part the deed there as written, 会后 观看了 …).
    .replace(/(?<=(?:学习|观看|传达|进行|开展|签订|参加|出席|列席|参与|听取)了|(?:^|[^\u4e00-\u9fa5])[看学]了)[ \u3000\u00a0]+(?=(?!警示|教育片|专题片|微电影)[\u4e00-\u9fa5《“"])/g, '')
    // 的 only in what was studied or watched (学习了新修订的 纪律处分条例), never after a day or a deed (一条是11月5号的 一条… ·
    // 上周五报的 标题…: those 的 end a clause).
    .replace(/(?<=(?:学习|观看|传达|[看学])了[\u4e00-\u9fa5]{1,6}的)[ \u3000\u00a0]+(?=[\u4e00-\u9fa5《“"])/g, '');
}

/** Whom a deed is organised for, word by word (组织 中心 全体 职工 · 组织 部里 全体 · 组织 科室 同志). */
const GROUP = '(?:全体|全科|全部|科里|部里|科室|部门|中心|本部|本科|我们|咱们|大家|党员|干部|同志|职工|人员)';

/** A day as said aloud before a deed: 周五 · 上周三 · 这周一 · 11月25日 · 25号 · 昨天 · 前天 (上午/下午 after it). */
const SPOKEN_DAY = '(?:(?:上|这|本)?(?:周|星期|礼拜)[一二三四五六日天]|\\d{1,2}月\\d{1,2}[日号]|大?前天|昨天|今天)(?:上午|下午|晚上)?';
/** The first word of a deed said right after its day: 组织 · 和 · 与 · 到 · 召开 · 开展 · 观看 · 学习 … */
const DEED_OPENING = '(?:组织|和|与|跟|同|到|去|召开|开展|观看|学习|进行|给|带|对|又|还|也|我)';

/**
 * 连 政 谈话 · 联 正 教育 · 谈 新 谈话 (round 57, fea; t59b FB3: the type asked, while 连政谈话 typed whole is read as 廉政谈话 on a
 * card): a voice homophone of 廉政 (廉 · 连 · 联 · 莲 · 怜 · 练 · 炼 · 恋 · 帘 · 涟 then 政 · 正 · 证 · 整 · 症 · 征 · 挣) or of 谈心
 * (谈 · 弹 · 坦 · 探 · 叹 then 心 · 新 · 欣 · 辛 · 芯 · 薪 · 信) before 谈话/教育/党课 (谈心 before 谈话 only), its characters parted by
 * spaces, written whole: the sound-alike reader (soundAlikeKinds) then reads it as the type word, a guess shown on a card.
 */
const SPACED_LIAN_ZHENG = /[廉连联莲怜练炼恋帘涟][ \u3000\u00a0]*[政正证整症征挣][ \u3000\u00a0]*(?:谈[ \u3000\u00a0]*话|教[ \u3000\u00a0]*育|党[ \u3000\u00a0]*课)/g;
const SPACED_TAN_XIN = /[谈弹坦探叹][ \u3000\u00a0]*[心新欣辛芯薪信][ \u3000\u00a0]*谈[ \u3000\u00a0]*话/g;
const SPACES = /[ \u3000\u00a0]+/g;

/** `text` with each spaced homophone of 廉政/谈心 and the type word after it written whole (SPACED_LIAN_ZHENG, SPACED_TAN_XIN). */
function withSoundAlikeJoined(text: string): string {
  return text.replace(SPACED_LIAN_ZHENG, (w) => w.replace(SPACES, '')).replace(SPACED_TAN_XIN, (w) => w.replace(SPACES, ''));
}

/**
 * …党风廉政建设会议 陈副理事长 出席并讲话 (round 57, fea; t59a F1: 「是哪位领导主持或主讲的？」 although written; with a comma 陈志强
 * was read): a person (a directory name, or a surname and a title) after a space, who 出席/到会/讲话/致辞 (a space after them or
 * not), opens that clause: the space before is its comma, the one after nothing. Not after 和/与/跟/同/及/、 (和 陈副理事长 出席…:
 * the two attended together).
 */
const speakerOf = oncePer((directory: Directory): RegExp => {
  const names = [...directory.org.people.map((p) => p.name)].sort((a, b) => b.length - a.length).join('|');
  return new RegExp(
    `(?<=[\\u4e00-\\u9fa5》”])(?<![和与跟同及、])[ \\u3000\\u00a0]+((?:${names})(?:同志|${TITLES})?|[${surnamesOf(directory)}](?:${TITLES}))[ \\u3000\\u00a0]*(?=(?:出席|到会|讲话|致辞|作了?讲话|作了?重要讲话|参加并讲话|并讲话))`,
    'g',
  );
});

/** `text` with a spaced speaker's clause parted by a comma (speakerOf). */
function withSpokenSpeakerParted(text: string, directory: Directory): string {
  return text.replace(speakerOf(directory), '，$1');
}
