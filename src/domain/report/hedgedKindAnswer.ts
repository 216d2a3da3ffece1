// 「算廉政谈话吧」 to 「是哪类活动？」 (round 60, fbd; t62a B-F4: answered as a completion query, the report left waiting):
// a member who is not quite sure names the kind with 算…吧 · 就算… · 记成… · 按…算 — the kind is the answer all the same.
import { parseKind } from './parseKind.js';
import { MASK, normalizeText } from './parseNormalize.js';

/** 算X吧 · 就算X · 算是X · 记成X · 记作X · 按X算 · 当X处理 · 那就X吧: the kind words X between the hedge's two ends. */
const HEDGED =
  /^(?:那就|那|就|应该)?(?:算是|算作|算成|算|记成|记为|记作|记|按照|按|当作|当成|当)(.{2,14}?)(?:来算|算|来记|记|处理|的)?(?:吧|呗|啊|呀|了|好了|就行了?|就可以了?|即可)?$/;
/**
 * 算作风纪律检查吧 (round 61, gad; t63b: answered as a status query): the kind's own first character may follow 算 (作风 after
 * 算作, 记…), so the one-character hedge is tried when the longer one leaves no kind. 应该是X吧 · 大概是X · 就是X吧 likewise.
 */
const HEDGED_SHORT =
  /^(?:那就|那|就|应该)?(?:算|记|按|当|应该是|应当是|大概是|可能是|估计是|就是)(.{2,14}?)(?:来算|算|来记|记|处理|的)?(?:吧|呗|啊|呀|了|好了|就行了?|就可以了?|即可)?$/;
/** What the kind words may leave once the kind is read: nothing but a 一次/的/那种 filler. */
const FILLER = /^(?:一次|一个|那种|这种|的|类|吧)*$/;

/**
 * The kind words of a hedged answer to the kind question (「算廉政谈话吧」 → 「廉政谈话」), or undefined when `text` is no
 * such answer: it must open with a hedge (算 · 就算 · 记成 · 按…算) and the words between must be one kind and nothing else
 * (算了吧 · 算不算廉政教育 · 算下来一共几次 are not).
 */
export function hedgedKindAnswer(text: string): string | undefined {
  const t = normalizeText(text).trim().replace(/[。.!！~,，]+$/, '');
  if (!/[算记按当是]/.test(t)) return undefined;
  return kindWords(HEDGED.exec(t)) ?? kindWords(HEDGED_SHORT.exec(t));
}

/** The words a hedge's match holds when they are one kind and nothing else; undefined otherwise. */
function kindWords(m: RegExpExecArray | null): string | undefined {
  if (!m || /^不/.test(m[1]!)) return undefined;
  const words = m[1]!;
  const read = parseKind(words);
  if (!read.kind) return undefined;
  return FILLER.test(read.rest.split(MASK).join('').replace(/\s/g, '')) ? words : undefined;
}
