/**
 * "When did the mayor last visit the plant?" asks for one occasion among several: the latest (or,
 * with "first", the earliest). A sentence that dates some visit ("The mayor visited the plant in
 * May") answers another question, since news writing marks the one it means: "last visited in
 * 2009", "the first time since 2009", "for the first time on Monday", "has not visited since
 * 2009". So a date reply to such a question holds only when its sentence says the ordinal (or, for
 * "last", "since", "previous", "most recent", "latest") outside the date itself: "last week" is a
 * date, not the ordinal the question asks about.
 */

/**
 * The ordinal the question asks about, used as an adverb ("did X last <verb>", "did X first
 * <verb>") or as "for the first time" / "the last time"; null for an ordinal adjective of a noun
 * ("the first woman", "his last election", "first-degree"), whose sentence need not repeat it.
 */
export function askedOrdinal(question: string): 'first' | 'last' | null {
  const q = question.trim();
  if (!/^(?:when|since when|at what time|in what year|what year|what day|what date)\b/i.test(q)) return null;
  const time = /\b(?:for the|the)\s+(first|last)\s+time\b/i.exec(q);
  if (time) return (time[1] ?? '').toLowerCase() === 'first' ? 'first' : 'last';
  // "did X last <verb>": after do-support the word that follows the ordinal is the bare verb;
  // after "was"/"has" only a participle ("was first elected"), not a noun ("was first lady").
  const adverb =
    /\b(did|does|do|will|would|can|could|was|were|is|are|has|have|had)\s+((?:[^\s?]+\s+){0,5}?[^\s?]+)\s+(first|last)\s+(\p{L}+)\b/iu.exec(
      q,
    );
  if (!adverb) return null;
  const [, aux = '', subject = '', ordinal = '', next = ''] = adverb;
  const before = subject.split(/\s+/).pop() ?? '';
  if (/^(?:the|a|an|his|her|its|their|our|my|your|of|in|on|for|with|as|at|to)$/i.test(before)) return null;
  if (/['’]s$/i.test(before)) return null;
  const doSupport = /^(?:did|does|do|will|would|can|could)$/i.test(aux);
  if (!doSupport && !/(?:ed|en)$/i.test(next)) return null;
  return ordinal.toLowerCase() === 'first' ? 'first' : 'last';
}

const SAYS: Record<'first' | 'last', RegExp> = {
  first: /\b(?:first|debut(?:ed|s)?|never before|initial(?:ly)?)\b/i,
  last: /\b(?:last|since|previous(?:ly)?|most recent(?:ly)?|latest)\b/i,
};

/** Whether a date reply's sentence misses the ordinal the question asks about (outside the reply). */
export function missesAskedOrdinal(answer: string, evidence: string, question: string): boolean {
  const ordinal = askedOrdinal(question);
  if (!ordinal) return false;
  const reply = answer.trim();
  // "since 2009" for "when did X last ...": the reply's own "since" marks the last occasion.
  if (ordinal === 'last' && /^since\b/i.test(reply)) return false;
  const at = reply ? evidence.indexOf(reply) : -1;
  const rest = at >= 0 ? `${evidence.slice(0, at)} ${evidence.slice(at + reply.length)}` : evidence;
  return !SAYS[ordinal].test(rest);
}
