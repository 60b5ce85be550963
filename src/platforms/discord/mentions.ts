/**
 * Defence in depth against pings. Every message Herald sends already carries
 * `allowed_mentions: { parse: [] }`, so Discord would not notify anyone; article text is still
 * rewritten so a quoted "@everyone" or a pasted "<@123>" can never ping, even if a future code
 * path forgot the allowed_mentions field. A zero-width space after the "@" breaks the token
 * while leaving the text readable.
 */
const ZERO_WIDTH_SPACE = '\u200b';

const MASS_MENTION = /@(everyone|here)\b/gi;
/** Users (<@1>, <@!1>), roles (<@&1>) and slash-command mentions are all "<@" or "<@&" tokens. */
const ID_MENTION = /<@([!&]?\d+)>/g;

export function neutraliseMentions(text: string): string {
  return text.replace(MASS_MENTION, `@${ZERO_WIDTH_SPACE}$1`).replace(ID_MENTION, `<@${ZERO_WIDTH_SPACE}$1>`);
}

/** The allowed_mentions every Herald message carries: nobody is pinged, not even the replied-to author. */
export const NO_PINGS = { parse: [], replied_user: false } as const;
