import {
  type APIGuildMember,
  type APIMessage,
  type APIRole,
  type APIUser,
  type ChannelFlags,
  ChannelType,
  type GatewayGuildCreateDispatchData,
  GuildDefaultMessageNotifications,
  GuildExplicitContentFilter,
  type GuildMemberFlags,
  GuildMFALevel,
  GuildNSFWLevel,
  GuildPremiumTier,
  GuildSystemChannelFlags,
  GuildVerificationLevel,
  MessageType,
  PermissionFlagsBits,
  type RoleFlags,
} from 'discord-api-types/v10';

/** Snowflakes of the stand-in's world: one application/bot, one guild with a text channel and a thread. */
export const IDS = {
  application: '1100000000000000001',
  bot: '1100000000000000001',
  guild: '1200000000000000001',
  channel: '1300000000000000001',
  thread: '1300000000000000002',
  member: '1400000000000000001',
  admin: '1400000000000000002',
  adminRole: '1500000000000000001',
} as const;

export const BOT_TOKEN = 'stand-in-bot-token';

const bits = (...flags: bigint[]) => flags.reduce((a, b) => a | b, 0n).toString();

/** What a regular member may do: read and write, not manage channels. */
export const MEMBER_PERMISSIONS = bits(
  PermissionFlagsBits.ViewChannel,
  PermissionFlagsBits.SendMessages,
  PermissionFlagsBits.ReadMessageHistory,
  PermissionFlagsBits.UseApplicationCommands,
);
export const ADMIN_PERMISSIONS = bits(BigInt(MEMBER_PERMISSIONS), PermissionFlagsBits.ManageChannels);

export function user(id: string, username: string, bot = false): APIUser {
  return {
    id,
    username,
    discriminator: '0',
    global_name: username,
    avatar: null,
    ...(bot ? { bot: true } : {}),
  };
}

export const BOT_USER = user(IDS.bot, 'Herald', true);

export function member(u: APIUser, roles: string[] = []): APIGuildMember {
  return {
    user: u,
    roles,
    joined_at: '2024-01-01T00:00:00.000Z',
    deaf: false,
    mute: false,
    flags: 0 as GuildMemberFlags,
  };
}

function role(id: string, name: string, permissions: string, position: number): APIRole {
  return {
    id,
    name,
    color: 0,
    colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
    hoist: false,
    position,
    permissions,
    managed: false,
    mentionable: false,
    flags: 0 as RoleFlags,
  };
}

export function guildCreate(): GatewayGuildCreateDispatchData {
  return {
    id: IDS.guild,
    name: 'Newsroom',
    icon: null,
    splash: null,
    discovery_splash: null,
    owner_id: IDS.admin,
    region: 'europe',
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: GuildVerificationLevel.Low,
    default_message_notifications: GuildDefaultMessageNotifications.OnlyMentions,
    explicit_content_filter: GuildExplicitContentFilter.Disabled,
    roles: [
      role(IDS.guild, '@everyone', MEMBER_PERMISSIONS, 0),
      role(IDS.adminRole, 'Editors', ADMIN_PERMISSIONS, 1),
    ],
    emojis: [],
    features: [],
    mfa_level: GuildMFALevel.None,
    application_id: null,
    system_channel_id: null,
    system_channel_flags: GuildSystemChannelFlags.SuppressJoinNotifications,
    rules_channel_id: null,
    vanity_url_code: null,
    description: null,
    banner: null,
    premium_tier: GuildPremiumTier.None,
    preferred_locale: 'en-US' as GatewayGuildCreateDispatchData['preferred_locale'],
    public_updates_channel_id: null,
    nsfw_level: GuildNSFWLevel.Default,
    stickers: [],
    premium_progress_bar_enabled: false,
    hub_type: null,
    safety_alerts_channel_id: null,
    incidents_data: null,
    joined_at: '2024-01-01T00:00:00.000Z',
    large: false,
    member_count: 3,
    members: [member(BOT_USER)],
    channels: [
      {
        id: IDS.channel,
        type: ChannelType.GuildText,
        guild_id: IDS.guild,
        name: 'news',
        position: 0,
        permission_overwrites: [],
        parent_id: null,
        nsfw: false,
        topic: null,
        last_message_id: null,
        rate_limit_per_user: 0,
        flags: 0 as ChannelFlags,
      },
    ],
    threads: [
      {
        id: IDS.thread,
        type: ChannelType.PublicThread,
        guild_id: IDS.guild,
        name: 'talks thread',
        parent_id: IDS.channel,
        owner_id: IDS.member,
        last_message_id: null,
        rate_limit_per_user: 0,
        message_count: 0,
        member_count: 1,
        total_message_sent: 0,
        flags: 0 as ChannelFlags,
        applied_tags: [],
        thread_metadata: {
          archived: false,
          auto_archive_duration: 1440,
          archive_timestamp: '2024-01-01T00:00:00.000Z',
          locked: false,
        },
      },
    ],
    presences: [],
    voice_states: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
    unavailable: false,
  };
}

let nextId = 1_600_000_000_000_000_000n;
export function snowflake(): string {
  nextId += 1n;
  return nextId.toString();
}

/** A full message object, as Discord returns it for created and edited messages. */
export function message(channelId: string, author: APIUser, body: Partial<APIMessage>): APIMessage {
  return {
    id: body.id ?? snowflake(),
    channel_id: channelId,
    author,
    content: body.content ?? '',
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: body.mentions ?? [],
    mention_roles: [],
    attachments: [],
    embeds: body.embeds ?? [],
    pinned: false,
    type: body.message_reference ? MessageType.Reply : MessageType.Default,
    ...(body.flags !== undefined ? { flags: body.flags } : {}),
    ...(body.nonce !== undefined ? { nonce: body.nonce } : {}),
    ...(body.message_reference ? { message_reference: body.message_reference } : {}),
  };
}
