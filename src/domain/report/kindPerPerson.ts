// 张伟: 「11月20日，张伟书记先后与王建国、刘芳进行了谈话，其中与王建国是廉政谈话，与刘芳是谈心谈话」 (issue 10, u1): the 其中
// clauses only say which kind each of the talks just told was, yet each was read as a talk of its own beside the untyped
// summary, so the card showed four talks for two (one asked its type, 与刘芳是… read as a correction). The summary and
// its typing are one set of talks: each person's talk takes the kind said for them, and only those given none are asked.
import { findKinds } from './parseKind.js';
import { isTalkType } from '../activityTypes.js';

/**
 * A talk of no kind with a list of people (lead, 与/和, the list, maybe 先后/分别, 进行了/开展了 谈话), a comma, maybe 其中,
 * then the rest of the sentence, read after normalizeText (ASCII commas). The lead holds no comma but maybe one after a
 * day (11月20日,张伟书记).
 */
const SUMMARY = /^((?:[^,:;。!?]{0,14},)?[^,:;。!?与和跟同]{0,16}?(?:先后|分别|逐一|一一)?)(与|和|跟|同)([^,:;。!?]{2,40}?)(?:先后|分别|逐一|一一)?(?:进行了|开展了|进行|开展)?(?:谈话|谈了话|谈了心|谈心)(?:了)?\s*,\s*(其中\s*[,:]?\s*)?/;

/** One typing: (与)王建国(的)是/为 廉政谈话. */
const ITEM = /^\s*(?:与|和|跟|同)?([\u4e00-\u9fa5、]{2,24}?)(?:的(?:谈话)?)?(?:均|都)?(?:是|为|属于|系)([\u4e00-\u9fa5]{2,8})\s*$/;

/** The typing of all the others: 其余为谈心谈话 · 其他均为谈心谈话 · 其余几位是谈心谈话. */
const REST = /^\s*(?:其余|其他|其它|另外)(?:的|人|同志|几位|几人|两位|二人)?(?:均|都)?(?:是|为|属于)([\u4e00-\u9fa5]{2,8})\s*$/;

/** The one talk type `words` name, or undefined. */
function talkKind(words: string): string | undefined {
  const codes = [...new Set(findKinds(words).map((k) => k.code))];
  return codes.length === 1 && isTalkType(codes[0]!) ? words : undefined;
}

/** The names of a list written 王建国、刘芳和陈志强. */
function namesOf(list: string): string[] {
  return list.split(/、|和|及|与/).map((n) => n.trim()).filter((n) => n !== '');
}

/**
 * `text` with each summary of untyped talks followed by the kind of each (…与A、B进行了谈话,其中与A是廉政谈话,与B是谈心谈话)
 * written as the talks alone, each with its kind (…与A进行了廉政谈话,与B进行了谈心谈话). A person of the summary given no
 * kind (and no 其余为…) keeps the untyped talk, so its kind is asked. A sentence whose clauses are not all such typings,
 * or that types someone the summary did not name, or that names a kind that is no talk, is left as it is.
 */
export function withKindPerPerson(text: string): string {
  if (!/谈/.test(text) || !/(?:是|为|属于|系)[\u4e00-\u9fa5]{0,4}谈/.test(text)) return text;
  return text
    .split(/(?<=[。!?\n])/)
    .map((sentence) => {
      const head = SUMMARY.exec(sentence);
      if (!head) return sentence;
      const [whole, lead, place, list] = head;
      if (findKinds(list!).length > 0) return sentence;
      const end = /[。!?\n]*$/.exec(sentence)!;
      const clauses = sentence.slice(whole.length, end.index).split(/[,;]/);
      const people = namesOf(list!);
      const kindOf = new Map<string, string>();
      let rest: string | undefined;
      for (const clause of clauses) {
        const other = REST.exec(clause);
        if (other) {
          rest = talkKind(other[1]!);
          if (rest === undefined) return sentence;
          continue;
        }
        const item = ITEM.exec(clause);
        const kind = item ? talkKind(item[2]!) : undefined;
        if (!item || kind === undefined) return sentence;
        for (const name of namesOf(item[1]!)) {
          const person = people.find((p) => p.startsWith(name));
          if (person === undefined || kindOf.has(person)) return sentence;
          kindOf.set(person, kind);
        }
      }
      if (kindOf.size === 0) return sentence;
      // One clause per kind, in the order the summary named the people; the untyped ones last, asked their kind.
      const byKind = new Map<string, string[]>();
      for (const p of people) {
        const kind = kindOf.get(p) ?? rest ?? '谈话';
        byKind.set(kind, [...(byKind.get(kind) ?? []), p]);
      }
      const told = [...byKind].map(([kind, who]) => `${place}${who.join('、')}进行了${kind}`);
      return `${lead}${told.join(',')}${end[0]}`;
    })
    .join('');
}
