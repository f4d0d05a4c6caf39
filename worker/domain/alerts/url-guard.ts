// Refuses destination URLs that point inside a network: loopback, private, link-local, CGNAT,
// ULA, v4-mapped and the like, special-use names, odd schemes and embedded credentials.
//
// Limitation: workers cannot resolve DNS before fetching, so a public name that resolves to a
// private address (e.g. a wildcard DNS service) passes this check. Cloudflare's edge does not
// route Workers' subrequests to private or loopback networks, which covers that case in
// production; callers must also fetch with `redirect: 'manual'` so a redirect cannot bypass it.
import { ipv4Blocked, ipv6Blocked, isLoopbackV4, isLoopbackV6 } from './ip-ranges.ts'

export interface UrlGuardOptions {
  /** Local development and tests: permit 127.0.0.0/8, ::1 and `localhost` (any port). */
  allowLoopback?: boolean
  /** Require https (off by default: plain http is the receiver's choice, the body is signed). */
  requireHttps?: boolean
}

export type UrlCheck = { ok: true; url: URL } | { ok: false; reason: string }

const BLOCKED_SUFFIXES = ['.localhost', '.internal', '.local', '.localdomain', '.home.arpa', '.intranet', '.lan', '.corp']
// Below 1024 only the web ports: no reaching SMTP, SSH or databases on a public host either.
const ALLOWED_LOW_PORTS = new Set([80, 443])

export function checkDestinationUrl(raw: string, options: UrlGuardOptions = {}): UrlCheck {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > 2048) return refuse('URL must be 1 to 2048 characters')
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return refuse('not a valid URL')
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return refuse(`scheme ${url.protocol} is not allowed`)
  if (options.requireHttps && url.protocol !== 'https:' && !(options.allowLoopback && isLoopbackHost(url.hostname))) return refuse('https is required')
  if (url.username || url.password) return refuse('credentials in the URL are not allowed')

  const host = url.hostname.toLowerCase().replace(/\.$/, '')
  const loopbackAllowed = !!options.allowLoopback && isLoopbackHost(host)
  if (url.port && !loopbackAllowed) {
    const port = Number(url.port)
    if (port < 1024 && !ALLOWED_LOW_PORTS.has(port)) return refuse(`port ${port} is not allowed`)
  }
  if (loopbackAllowed) return { ok: true, url }

  if (host.startsWith('[')) return ipv6Blocked(host.slice(1, -1)) ? refuse('private, loopback or reserved IPv6 address') : { ok: true, url }
  if (/^\d+\.\d+\.\d+\.\d+$/.test(host)) return ipv4Blocked(host) ? refuse('private, loopback or reserved IPv4 address') : { ok: true, url }
  if (host === 'localhost' || BLOCKED_SUFFIXES.some((s) => host.endsWith(s))) return refuse(`${host} is a local name`)
  // A single label ("intranet", "metadata") only resolves inside some network's search domain.
  if (!host.includes('.')) return refuse(`${host} is not a public host name`)
  return { ok: true, url }
}

function isLoopbackHost(host: string): boolean {
  if (host === 'localhost') return true
  if (host.startsWith('[')) return isLoopbackV6(host.slice(1, -1))
  return /^\d+\.\d+\.\d+\.\d+$/.test(host) && isLoopbackV4(host)
}

function refuse(reason: string): UrlCheck {
  return { ok: false, reason }
}
