// Loopback HTTP receivers with scripted behaviours, standing in for webhook targets, Slack and
// Zendesk at the HTTP boundary. Every path is `/<key>/<behaviour>...`: the key isolates one test's
// traffic, and `GET /__records/<key>` returns what that key received (oldest first).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'

export interface ReceivedRequest {
  method: string
  path: string
  headers: Record<string, string>
  body: string
  /** Epoch ms when the body had fully arrived. */
  at: number
  /** The status this receiver answered (0 when the client hung up first). */
  status: number
}

type Reply = { status: number; body?: string; type?: string; headers?: Record<string, string>; delayMs?: number; hangUp?: boolean }

const SLOW_MS = 2_000

export function startReceiver(port = 0): Promise<{ server: Server; port: number }> {
  const records = new Map<string, ReceivedRequest[]>()
  const counts = new Map<string, number>()
  const up = new Set<string>()
  const tickets = new Map<string, string>()
  const zendeskAccounts = new Map<string, ZendeskAccount>()

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://receiver')
    const body = await readBody(req)
    const [key = '', behaviour = '', ...rest] = url.pathname.split('/').filter(Boolean)
    if (req.method === 'GET' && key === '__records') return send(res, { status: 200, type: 'application/json', body: JSON.stringify(records.get(behaviour) ?? []) })
    if (req.method === 'POST' && key === '__up') {
      up.add(behaviour)
      return send(res, { status: 204 })
    }
    const seen = (counts.get(`${key}/${behaviour}`) ?? 0) + 1
    counts.set(`${key}/${behaviour}`, seen)
    const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : (v ?? '')]))
    const record: ReceivedRequest = { method: req.method ?? '', path: url.pathname, headers, body, at: Date.now(), status: 0 }
    records.set(key, [...(records.get(key) ?? []), record])
    const account = zendeskAccounts.get(key) ?? { tickets: [], idempotency: tickets }
    zendeskAccounts.set(key, account)
    const reply = behave(behaviour, rest.join('/'), seen, up.has(key), headers, body, { ...account, method: req.method ?? '', query: url.searchParams })
    res.on('close', () => {
      if (res.writableFinished) record.status = reply.status
    })
    if (reply.delayMs) await new Promise((r) => setTimeout(r, reply.delayMs))
    if (reply.hangUp) return void req.socket.destroy()
    if (!res.destroyed) send(res, reply)
  })
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve({ server, port: (server.address() as { port: number }).port })))
}

// One Zendesk account per test key: its tickets, and the Idempotency-Keys it remembers.
interface ZendeskAccount {
  tickets: Record<string, unknown>[]
  idempotency: Map<string, string>
}
type ZendeskCall = ZendeskAccount & { method: string; query: URLSearchParams }

function behave(behaviour: string, rest: string, seen: number, isUp: boolean, headers: Record<string, string>, body: string, zendeskCall: ZendeskCall): Reply {
  switch (behaviour) {
    case 'ok':
      return { status: 200, body: 'ok' }
    case 'fail-twice':
      return seen <= 2 ? { status: 500, body: 'boom' } : { status: 200, body: 'ok' }
    case 'gone':
      return { status: 410, body: 'gone' }
    case 'slow-once':
      return seen === 1 ? { status: 200, body: 'late', delayMs: SLOW_MS } : { status: 200, body: 'ok' }
    case 'down':
      // 503 until the test calls POST /__up/<key>.
      return isUp ? { status: 200, body: 'ok' } : { status: 503, body: 'down' }
    case 'rate-limited':
      return seen === 1 ? { status: 429, body: 'slow down', headers: { 'retry-after': '3' } } : { status: 200, body: 'ok' }
    case 'hang-up':
      // The connection closes with no answer at all: a network error for the sender.
      return { status: 0, hangUp: true }
    case 'redirect':
      return { status: 302, headers: { location: 'http://169.254.169.254/latest/meta-data' } }
    case 'slack':
      return slack(body)
    case 'slack-late':
      // Slack on a bad day: the message is posted, the answer comes after 11 s.
      return { ...slack(body), delayMs: 11_000 }
    case 'zendesk':
      return rest === 'api/v2/tickets.json' ? zendesk(headers, body, zendeskCall) : { status: 404, body: 'not found' }
    case 'zendesk-late': {
      // Past Zendesk's two-hour Idempotency-Key window, on a slow day: the first create makes the
      // ticket but answers after 2 s, and no key is remembered.
      if (rest !== 'api/v2/tickets.json') return { status: 404, body: 'not found' }
      const reply = zendesk(headers, body, { ...zendeskCall, idempotency: new Map() })
      return zendeskCall.method === 'POST' && seen === 1 ? { ...reply, delayMs: SLOW_MS } : reply
    }
    default:
      return { status: 404, body: 'unknown behaviour' }
  }
}

// Slack incoming webhooks answer 200 "ok", or 400 with a short error word.
function slack(body: string): Reply {
  let payload: { text?: unknown; blocks?: unknown }
  try {
    payload = JSON.parse(body)
  } catch {
    return { status: 400, body: 'invalid_payload' }
  }
  if (typeof payload.text !== 'string' && !Array.isArray(payload.blocks)) return { status: 400, body: 'no_text' }
  if (Array.isArray(payload.blocks) && payload.blocks.length > 50) return { status: 400, body: 'invalid_blocks' }
  return { status: 200, body: 'ok', type: 'text/plain' }
}

// Zendesk's tickets endpoint, Basic "{email}/token:{token}". POST creates: 201 with the ticket;
// the same Idempotency-Key answers the same ticket again (with x-idempotency-lookup: hit).
// GET ?external_id= lists the tickets that carry it, as List Tickets does.
function zendesk(headers: Record<string, string>, body: string, { tickets: created, idempotency: tickets, method, query }: ZendeskCall): Reply {
  const auth = headers.authorization ?? ''
  const decoded = auth.startsWith('Basic ') ? Buffer.from(auth.slice(6), 'base64').toString('utf8') : ''
  if (!/^[^/]+\/token:.+$/.test(decoded)) return { status: 401, type: 'application/json', body: JSON.stringify({ error: "Couldn't authenticate you" }) }
  if (method === 'GET') {
    const found = created.filter((t) => !query.has('external_id') || t.external_id === query.get('external_id'))
    return { status: 200, type: 'application/json', body: JSON.stringify({ tickets: found, next_page: null, previous_page: null, count: found.length }) }
  }
  const key = headers['idempotency-key']
  const earlier = key ? tickets.get(key) : undefined
  if (earlier) return { status: 201, type: 'application/json', body: earlier, headers: { 'x-idempotency-lookup': 'hit' } }
  let ticket: Record<string, unknown>
  try {
    ticket = (JSON.parse(body) as { ticket: Record<string, unknown> }).ticket
  } catch {
    return { status: 400, type: 'application/json', body: JSON.stringify({ error: 'Unprocessable' }) }
  }
  if (!ticket || typeof ticket.subject !== 'string' || typeof (ticket.comment as { body?: unknown })?.body !== 'string') {
    return { status: 422, type: 'application/json', body: JSON.stringify({ error: 'RecordInvalid' }) }
  }
  const stored = { url: '', id: created.length + 1, external_id: null, ...ticket, status: 'new' }
  stored.url = `https://example.zendesk.com/api/v2/tickets/${stored.id}.json`
  created.push(stored)
  const answer = JSON.stringify({ ticket: stored })
  if (key) tickets.set(key, answer)
  return { status: 201, type: 'application/json', body: answer, headers: { 'x-idempotency-lookup': 'miss' } }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

function send(res: ServerResponse, reply: Reply) {
  res.writeHead(reply.status, { 'content-type': reply.type ?? 'text/plain', ...(reply.headers ?? {}) })
  res.end(reply.body ?? '')
}
