/**
 * Discord's message limits (https://discord.com/developers/docs/resources/message#embed-object-embed-limits).
 * A payload over any of these is rejected with a 400, so every renderer stays under them.
 */
export const DISCORD_LIMITS = {
  content: 2000,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  /** Sum of title, description, field names and values, footer and author name over all embeds. */
  embedTotal: 6000,
  commandDescription: 100,
  choices: 25,
  optionStringLength: 6000,
} as const;
