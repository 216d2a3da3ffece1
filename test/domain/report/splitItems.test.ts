// How a message is cut into entries: every line, numbered or bulleted item and ；-listed activity is its own entry, wherever it was written.
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../../src/domain/report/parseNormalize.js';
import { splitItems } from '../../../src/domain/report/splitItems.js';

const texts = (message: string) => splitItems(normalizeText(message)).map((i) => i.text);
const labels = (message: string) => splitItems(normalizeText(message)).map((i) => i.label);

describe('splitItems', () => {
  it('drops numbering but not a day that looks like it', () => {
    expect(texts('1. 与李明谈心\n2、组织学习\n(3) 签订责任书\n①自查\n\n11.20 约谈李明')).toEqual(['与李明谈心', '组织学习', '签订责任书', '自查', '11.20 约谈李明']);
  });

  it.each([
    ['1. 2. 3. on one line', '1. 11月3日组织学习《条例》 2. 11月10日与王芳廉政谈话 3. 11月17日开展作风纪律检查'],
    ['1.11月3日 (a number glued to the month)', '1.11月3日组织学习《条例》；2.11月10日与王芳廉政谈话；3.11月17日开展作风纪律检查'],
    ['1）2）3）', '1）11月3日组织学习《条例》 2）11月10日与王芳廉政谈话 3）11月17日开展作风纪律检查'],
    ['1、2、3、', '1、11月3日组织学习《条例》，2、11月10日与王芳廉政谈话，3、11月17日开展作风纪律检查'],
    ['一、二、三、', '一、11月3日组织学习《条例》 二、11月10日与王芳廉政谈话 三、11月17日开展作风纪律检查'],
    ['（一）（二）（三）', '（一）11月3日组织学习《条例》（二）11月10日与王芳廉政谈话（三）11月17日开展作风纪律检查'],
    ['(1)(2)(3)', '(1)11月3日组织学习《条例》 (2)11月10日与王芳廉政谈话 (3)11月17日开展作风纪律检查'],
    ['①②③', '①11月3日组织学习《条例》②11月10日与王芳廉政谈话③11月17日开展作风纪律检查'],
    ['第一，第二，第三，', '第一，11月3日组织学习《条例》；第二，11月10日与王芳廉政谈话；第三，11月17日开展作风纪律检查'],
    ['一是二是三是', '一是11月3日组织学习《条例》；二是11月10日与王芳廉政谈话；三是11月17日开展作风纪律检查'],
    ['bullets •', '• 11月3日组织学习《条例》 • 11月10日与王芳廉政谈话 • 11月17日开展作风纪律检查'],
    ['bullets ● on lines', '●11月3日组织学习《条例》\n●11月10日与王芳廉政谈话\n●11月17日开展作风纪律检查'],
    ['dashes on lines', '- 11月3日组织学习《条例》\n- 11月10日与王芳廉政谈话\n- 11月17日开展作风纪律检查'],
    ['blank lines between', '11月3日组织学习《条例》\n\n\n11月10日与王芳廉政谈话\n\n11月17日开展作风纪律检查'],
    ['a literal \\n typed through a shell', '11月3日组织学习《条例》\\n11月10日与王芳廉政谈话\\n11月17日开展作风纪律检查'],
    ['；-separated activities', '11月3日组织学习《条例》；11月10日与王芳廉政谈话；11月17日开展作风纪律检查'],
    ['a space before each day', '11月3日组织学习《条例》 11月10日与王芳廉政谈话 11月17日开展作风纪律检查'],
    ['★ glued to the words', '★11月3日组织学习《条例》★11月10日与王芳廉政谈话★11月17日开展作风纪律检查'],
    ['、 between whole entries', '11月3日组织学习《条例》、11月10日与王芳廉政谈话、11月17日开展作风纪律检查'],
  ])('%s: three entries', (_name, message) => {
    expect(texts(message).map((t) => t.replace(/[,;]\s*$/, ''))).toEqual(['11月3日组织学习《条例》', '11月10日与王芳廉政谈话', '11月17日开展作风纪律检查']);
  });

  it.each([
    ['a day written 11.20', '11.20与李明廉政谈话'],
    ['第一季度 and 第二批', '第一季度组织第二批干部开展廉政教育'],
    ['names listed with 、', '11月10日与王芳、胡军进行廉政谈话'],
    ['a stray 2、 that starts no run', '11月10日组织2、3季度新入职干部学习条例'],
    ['a title with a space inside', '11月9日讲授廉政党课《守纪律 讲规矩》'],
    ['a doer before a spaced day', '张伟书记 11月9日讲授廉政党课'],
    ['a terse report', '廉政谈话 今天 李明'],
    ['a part naming no activity after ；', '11月4日组织观看警示教育片；参加8人'],
    ['one 一是 inside a sentence', '会议强调一是要提高认识'],
  ])('%s: one entry', (_name, message) => {
    expect(texts(message)).toHaveLength(1);
  });

  it('a day with a person, the type said once at the end: each pair an entry carrying the type', () => {
    expect(texts('11月16日和陈静、11月23日和王芳谈心谈话')).toEqual(['11月16日和陈静谈心谈话', '11月23日和王芳谈心谈话']);
    expect(texts('11月6日与周涛、11月13日与吴静分别进行了廉政谈话')).toEqual(['11月6日与周涛廉政谈话', '11月13日与吴静分别进行了廉政谈话']);
  });

  it('；between two parts that each start with a day, even naming no type', () => {
    expect(texts('11月3日组织学习；11月10日与王芳谈话')).toEqual(['11月3日组织学习', '11月10日与王芳谈话']);
  });

  it('a space between two clauses that each name a type becomes a clause break, inside one entry', () => {
    expect(texts('11月20日上午与陈静进行廉政谈话 下午组织观看警示教育片')).toEqual(['11月20日上午与陈静进行廉政谈话,下午组织观看警示教育片']);
    expect(texts('题为“以案为鉴 守住底线”的廉政党课')).toHaveLength(1);
  });

  it('names entries by line when each line is one, by item when a line held several', () => {
    expect(labels('11月3日组织学习《条例》\n11月10日与王芳廉政谈话')).toEqual(['第1行', '第2行']);
    expect(labels('1. 11月3日组织学习《条例》 2. 11月10日与王芳廉政谈话')).toEqual(['第1条', '第2条']);
  });
});
