import type { Config } from '../config.js';
import { ServiceError } from './errors.js';
import { bearer, fetchJson, isObject, SERVICE_TIMEOUT_MS } from './http.js';
import type { Attachment, SlackMember, SlackService } from './index.js';

const SERVICE = 'Slack';
/** Slack's recommended page size for cursor pagination. */
const PAGE_SIZE = 200;
/** A bound on pagination, should Slack keep handing out cursors. */
const MAX_PAGES = 500;

/** Per-channel refusals archiving skips: the channel cannot or need not be archived by this app. */
const UNARCHIVABLE = new Set([
  'already_archived',
  'cant_archive_general',
  'channel_not_found',
  'not_in_channel',
  'restricted_action',
]);

type SlackAnswer = Record<string, unknown> & { ok: true };

/** A Slack refusal (`{ok:false, error}`), with Slack's error code. */
class SlackError extends ServiceError {
  constructor(readonly slackCode: string) {
    super(SERVICE, slackCode, slackCode);
  }
}

/** Slack's rate limit (HTTP 429): the caller may stop and come back later. */
class RateLimited extends SlackError {
  constructor() {
    super('ratelimited');
  }
}

/**
 * The Slack Web API (`SLACK_API_URL`, default https://slack.com/api) with a bot token: write methods
 * take JSON bodies, read methods query strings; every answer is `{ok, ...}` or `{ok:false, error}`.
 */
export const createSlackService = (
  slack: NonNullable<Config['slack']>,
  { timeoutMs = SERVICE_TIMEOUT_MS }: { timeoutMs?: number } = {},
): SlackService => {
  const call = async (method: string, init: { body?: Record<string, unknown>; query?: Record<string, string> }) => {
    const query = init.query ? `?${new URLSearchParams(init.query)}` : '';
    const response = await fetchJson(SERVICE, `${slack.apiUrl}/${method}${query}`, {
      method: init.body ? 'POST' : 'GET',
      headers: {
        ...bearer(slack.token),
        ...(init.body ? { 'content-type': 'application/json; charset=utf-8' } : {}),
      },
      ...(init.body ? { body: JSON.stringify(init.body) } : {}),
      timeoutMs,
    });
    if (response.status === 429) throw new RateLimited();
    const body = response.body;
    if (!isObject(body)) throw new ServiceError(SERVICE, `answered HTTP ${response.status} without a Slack answer`);
    if (body.ok !== true) throw new SlackError(typeof body.error === 'string' ? body.error : 'unknown_error');
    return body as SlackAnswer;
  };

  /** Every item of a cursor-paginated read method. */
  const listAll = async (method: string, key: string, query: Record<string, string> = {}) => {
    const items: Record<string, unknown>[] = [];
    let cursor = '';
    for (let page = 0; page < MAX_PAGES; page += 1) {
      const answer = await call(method, {
        query: { ...query, limit: String(PAGE_SIZE), ...(cursor ? { cursor } : {}) },
      });
      const list = answer[key];
      if (Array.isArray(list)) items.push(...list.filter(isObject));
      const next = isObject(answer.response_metadata) ? answer.response_metadata.next_cursor : undefined;
      if (typeof next !== 'string' || next === '') break;
      cursor = next;
    }
    return items;
  };

  const createChannel = async (name: string, retried = false): Promise<string> => {
    try {
      const answer = await call('conversations.create', { body: { name, is_private: false } });
      const channel = isObject(answer.channel) ? answer.channel.id : undefined;
      if (typeof channel !== 'string')
        throw new ServiceError(SERVICE, 'answered conversations.create without a channel');
      return channel;
    } catch (error) {
      // Archived channels keep their names, so a user's channel name can be taken by their old one.
      if (!retried && error instanceof SlackError && error.slackCode === 'name_taken') {
        return createChannel(`${name.slice(0, 72)}-${Date.now().toString(36)}`, true);
      }
      throw error;
    }
  };

  return {
    ...(slack.channel ? { mainChannel: slack.channel } : {}),

    async postMessage({ channel, username, iconUrl, text, attachments }) {
      const answer = await call('chat.postMessage', {
        body: {
          channel,
          // Slack reads `&`, `<` and `>` as markup: they must be sent as entities.
          text: slackEscape(text),
          username,
          icon_url: iconUrl,
          ...(attachments.length ? { attachments: attachments.map(slackAttachment) } : {}),
        },
      });
      return {
        channel: typeof answer.channel === 'string' ? answer.channel : channel,
        ts: typeof answer.ts === 'string' ? answer.ts : '',
      };
    },

    createChannel: (name) => createChannel(name),

    async listMembers() {
      const members = await listAll('users.list', 'members');
      return members.filter((member) => !member.deleted && !member.is_bot && member.id !== 'USLACKBOT').map(memberName);
    },

    async isActive(memberId) {
      const answer = await call('users.getPresence', { query: { user: memberId } });
      return answer.presence === 'active';
    },

    async archiveChannels() {
      const channels = await listAll('conversations.list', 'channels', {
        exclude_archived: 'true',
        types: 'public_channel,private_channel',
      });
      const archived: string[] = [];
      for (const channel of channels) {
        if (channel.is_general === true || typeof channel.id !== 'string') continue;
        try {
          await call('conversations.archive', { body: { channel: channel.id } });
          archived.push(channel.id);
        } catch (error) {
          if (error instanceof RateLimited) return { archived, complete: false };
          if (error instanceof SlackError && UNARCHIVABLE.has(error.slackCode)) continue;
          throw error;
        }
      }
      return { archived, complete: true };
    },
  };
};

const slackEscape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** An attachment as a Slack legacy attachment: its name, linked to its URL. */
const slackAttachment = ([name, url]: Attachment) => ({ fallback: `${name}: ${url}`, title: name, title_link: url });

const memberName = (member: Record<string, unknown>): SlackMember => {
  const profile = isObject(member.profile) ? member.profile : {};
  const name = [member.real_name, profile.real_name, profile.display_name, member.name].find(
    (value): value is string => typeof value === 'string' && value.trim() !== '',
  );
  return { id: String(member.id), name: name ?? String(member.id) };
};
