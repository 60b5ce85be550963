/**
 * An optional record of which entity rule changed which name, for the audit that counts how often
 * each rule fires on a training split and how often the gold agrees (`eval/people-rules.ts`).
 * Nothing is recorded unless a sink is installed, so the parse path pays one null check per firing.
 */

import type { Kind } from './classify.js';

export interface RuleFiring {
  /** The rule's short name, as the audit table shows it. */
  rule: string;
  /** The name as the mention reads it. */
  text: string;
  from: Kind;
  /** The kind the rule gave it; 'dropped' when the rule removes the name from the people. */
  to: Kind | 'dropped';
}

let sink: ((firing: RuleFiring) => void) | null = null;

/** Install (or, with null, remove) the function that receives every firing. */
export function traceRules(receiver: ((firing: RuleFiring) => void) | null): void {
  sink = receiver;
}

export function traceRule(rule: string, text: string, from: Kind, to: Kind | 'dropped'): void {
  if (sink !== null) sink({ rule, text, from, to });
}
