import { bearerToken, isRecord, type RecordedRequest, type Reply, startHttpStandIn } from './http.js';

export interface SlackStandInMember {
  id: string;
  name: string;
  real_name?: string;
  deleted?: boolean;
  is_bot?: boolean;
  /** What users.getPresence answers; `away` when not set. */
  presence?: 'active' | 'away';
}

export interface SlackStandInChannel {
  id: string;
  name: string;
  is_archived: boolean;
  is_general: boolean;
  is_private: boolean;
}

export interface PostedMessage {
  channel: string;
  text: string;
  username?: string;
  icon_url?: string;
  attachments?: unknown;
  ts: string;
}

const WRITE_METHODS = new Set(['chat.postMessage', 'conversations.create', 'conversations.archive']);
const READ_METHODS = new Set(['users.list', 'users.getPresence', 'conversations.list']);
/** Slack's channel names: lower case letters, digits, `-` and `_`, 80 characters at most. */
const CHANNEL_NAME = /^[a-z0-9_-]{1,80}$/;

/**
 * A stand-in for the Slack Web API on loopback, with a workspace in memory. It checks what Slack
 * checks (the bot token, JSON bodies for write methods, channel names, archived channels) and answers
 * as Slack does: HTTP 200 with `{ok: true, ...}` or `{ok: false, error}`, cursors for the lists, and
 * HTTP 429 `ratelimited` once `rateLimitArchiveAfter` archives were made.
 */
export const startSlackStandIn = async ({
  token = 'xoxb-test-token',
  members = [],
  channels = [],
  pageSize = 200,
  rateLimitArchiveAfter = Number.POSITIVE_INFINITY,
}: {
  token?: string;
  members?: SlackStandInMember[];
  channels?: Omit<SlackStandInChannel, 'is_archived' | 'is_general' | 'is_private'>[];
  /** The most items one page of a list holds (small values prove the client follows cursors). */
  pageSize?: number;
  rateLimitArchiveAfter?: number;
} = {}) => {
  const workspace = {
    members: [...members],
    channels: [
      { id: 'C0GENERAL', name: 'general', is_archived: false, is_general: true, is_private: false },
      ...channels.map((channel) => ({ ...channel, is_archived: false, is_general: false, is_private: false })),
    ] as SlackStandInChannel[],
    posted: [] as PostedMessage[],
    archives: 0,
  };
  const limits = { archiveAfter: rateLimitArchiveAfter };
  /** Error codes to answer, once each, for the next calls of a method. */
  const failures = new Map<string, string[]>();
  let sequence = 0;

  const fail = (error: string): Reply => ({ body: { ok: false, error } });
  const ok = (fields: Record<string, unknown> = {}): Reply => ({ body: { ok: true, ...fields } });

  const page = <T>(items: T[], request: RecordedRequest, key: string): Reply => {
    const limit = Math.min(Number(request.query.get('limit') ?? '100') || 100, pageSize);
    const cursor = request.query.get('cursor');
    const start = cursor ? Number(Buffer.from(cursor, 'base64').toString('utf8').replace('offset:', '')) : 0;
    const next = start + limit < items.length ? Buffer.from(`offset:${start + limit}`).toString('base64') : '';
    return ok({ [key]: items.slice(start, start + limit), response_metadata: { next_cursor: next } });
  };

  const channelById = (id: unknown) => workspace.channels.find((channel) => channel.id === id);

  const methods: Record<string, (request: RecordedRequest, body: Record<string, unknown>) => Reply> = {
    'users.list': (request) => page(workspace.members, request, 'members'),
    'users.getPresence': (request) => {
      const member = workspace.members.find((item) => item.id === request.query.get('user'));
      return member ? ok({ presence: member.presence ?? 'away' }) : fail('user_not_found');
    },
    'conversations.list': (request) => {
      const types = (request.query.get('types') ?? 'public_channel').split(',');
      const listed = workspace.channels.filter(
        (channel) =>
          types.includes(channel.is_private ? 'private_channel' : 'public_channel') &&
          !(request.query.get('exclude_archived') === 'true' && channel.is_archived),
      );
      return page(listed, request, 'channels');
    },
    'conversations.create': (_request, body) => {
      const name = body.name;
      if (typeof name !== 'string' || name === '') return fail('invalid_name_required');
      if (!CHANNEL_NAME.test(name)) return fail('invalid_name_specials');
      if (workspace.channels.some((channel) => channel.name === name)) return fail('name_taken');
      sequence += 1;
      const channel: SlackStandInChannel = {
        id: `C${String(sequence).padStart(8, '0')}`,
        name,
        is_archived: false,
        is_general: false,
        is_private: body.is_private === true,
      };
      workspace.channels.push(channel);
      return ok({ channel });
    },
    'conversations.archive': (_request, body) => {
      const channel = channelById(body.channel);
      if (!channel) return fail('channel_not_found');
      if (channel.is_general) return fail('cant_archive_general');
      if (channel.is_archived) return fail('already_archived');
      if (workspace.archives >= limits.archiveAfter) {
        return { status: 429, headers: { 'retry-after': '30' }, body: { ok: false, error: 'ratelimited' } };
      }
      workspace.archives += 1;
      channel.is_archived = true;
      return ok();
    },
    'chat.postMessage': (_request, body) => {
      const channel = channelById(body.channel);
      if (!channel) return fail('channel_not_found');
      if (channel.is_archived) return fail('is_archived');
      const text = typeof body.text === 'string' ? body.text : '';
      if (text === '' && !Array.isArray(body.attachments)) return fail('no_text');
      sequence += 1;
      const ts = `1700000000.${String(sequence).padStart(6, '0')}`;
      workspace.posted.push({
        channel: channel.id,
        text,
        ts,
        ...(typeof body.username === 'string' ? { username: body.username } : {}),
        ...(typeof body.icon_url === 'string' ? { icon_url: body.icon_url } : {}),
        ...(body.attachments === undefined ? {} : { attachments: body.attachments }),
      });
      return ok({ channel: channel.id, ts, message: { text, type: 'message', subtype: 'bot_message', ts } });
    },
  };

  const server = await startHttpStandIn((request) => {
    const method = request.path.startsWith('/api/') ? request.path.slice('/api/'.length) : '';
    const handler = methods[method];
    if (!handler) return { status: 404, body: { ok: false, error: 'unknown_method' } };
    const given = bearerToken(request);
    if (!given) return fail('not_authed');
    if (given !== token) return fail('invalid_auth');
    let body: Record<string, unknown> = {};
    if (WRITE_METHODS.has(method)) {
      if (request.method !== 'POST' || !request.headers['content-type']?.startsWith('application/json')) {
        return fail('invalid_form_data');
      }
      if (!isRecord(request.json)) return fail('invalid_json');
      body = request.json;
    } else if (!READ_METHODS.has(method)) {
      return fail('unknown_method');
    }
    const planned = failures.get(method)?.shift();
    if (planned) return fail(planned);
    return handler(request, body);
  });

  return {
    ...server,
    /** What `SLACK_API_URL` is set to, as `https://slack.com/api`. */
    apiUrl: `${server.url}/api`,
    workspace,
    /** Calls of a Slack method, in order. */
    calls: (method: string) => server.requests.filter((request) => request.path === `/api/${method}`),
    /** Makes the next call of `method` answer `{ok: false, error}`. */
    failNext: (method: string, error: string) => failures.set(method, [...(failures.get(method) ?? []), error]),
    /** Changes after how many archives in all Slack starts answering 429. */
    setArchiveRateLimit: (after: number) => {
      limits.archiveAfter = after;
    },
    channelNamed: (name: string) => workspace.channels.find((channel) => channel.name === name),
  };
};
