/**
 * Who a speech frame names as the speaker, read from the words before the speech verb
 * (`mentionBefore`) or after it (`mentionAfter`): a name, a pronoun or a noun phrase, as written.
 *
 * This is the entry the rest of the quote stage imports: it re-exports the readers and the tests
 * of who can speak from the parts in this folder, one job to a module.
 */

export type { Mention } from './types.js';
export { mentionBefore } from './before.js';
export { mentionAfter } from './after.js';
export { isAgentNoun, namesSeveralPeople, AGE_NOUN, canSpeak } from './speakers.js';
export { isSpeechVerbAt } from './speech-verbs.js';
