import {
  type AnyMethod,
  type ApiVersion,
  bodyKind,
  checkCall,
  type Failure,
  type Fields,
  type MethodName,
  readFields,
} from '@support-board/contract';

export type Routed =
  | { ok: true; method: AnyMethod; name: MethodName; token: string; fields: Fields }
  | { ok: false; failure: Failure; reason: string; fields: Fields };

const reasons: Record<string, (request: Request, fields: Fields) => string> = {
  'missing-function-name': (request) => {
    if (request.method !== 'POST') return `a ${request.method} request has no body: call the API with POST`;
    if (bodyKind(request.headers.get('content-type')) === 'other') {
      return `the body's Content-Type (${request.headers.get('content-type')}) is not a form, multipart or JSON`;
    }
    return 'the body has no function field';
  },
  'function-not-found': (_, fields) => `no method is named ${fields.function}`,
  'token-not-found': () => 'the body has no token field',
};

/**
 * Reads the body into fields (form, multipart or JSON; nothing for other methods than POST) and
 * runs the dispatcher's first checks in the original's order: function present, function known (in
 * `version`), token present. Whether the token is an admin's is checked next (see core/tokens.ts).
 */
export const route = async (request: Request, version: ApiVersion = '3.0'): Promise<Routed> => {
  const fields = request.method === 'POST' ? await readFields(request) : {};
  const call = checkCall(fields, version);
  if (!call.ok) {
    const explain = reasons[call.failure.response];
    return { ok: false, failure: call.failure, reason: explain ? explain(request, fields) : '', fields };
  }
  return { ok: true, method: call.value.method, name: call.value.name, token: call.value.token, fields };
};
