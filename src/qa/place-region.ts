/**
 * "Where is the plant?" in "a plant in northern Norland": a compass word written before a place
 * narrows it to a part of it ("western Vellmark", "upstate New York"), the more specific place
 * the text ties to the event. A place answer written so takes the word. Lowercase only: "North
 * Carolina" and "West Bank" are names of their own and already whole.
 */
export function withRegion(answer: string, evidence: string): string {
  if (!/^\p{Lu}/u.test(answer)) return answer;
  for (let at = evidence.indexOf(answer); at >= 0; at = evidence.indexOf(answer, at + 1)) {
    const region = REGION_BEFORE.exec(evidence.slice(Math.max(0, at - 20), at));
    if (region?.[1]) return `${region[1]} ${answer}`;
  }
  return answer;
}

/** A lowercase compass word right before the place, itself a word of its own. */
const REGION_BEFORE =
  /(?:^|[^\p{L}-])((?:north|south|east|west)(?:ern|eastern|western)?|(?:north|south)(?:east|west)|central|upstate|downstate)\s+$/u;
