// Special-purpose address ranges (IANA IPv4/IPv6 Special-Purpose Address Registries) that a
// destination must not point at. Addresses arrive already normalised by the WHATWG URL parser
// (dotted-quad IPv4, compressed lowercase IPv6), so "0x7f.1" or "2130706433" are caught as 127.0.0.1.

type V4Range = [base: number, bits: number]

const V4_BLOCKED: V4Range[] = [
  [v4('0.0.0.0'), 8], // "this network", including 0.0.0.0
  [v4('10.0.0.0'), 8], // private
  [v4('100.64.0.0'), 10], // carrier-grade NAT
  [v4('127.0.0.0'), 8], // loopback
  [v4('169.254.0.0'), 16], // link-local, cloud metadata
  [v4('172.16.0.0'), 12], // private
  [v4('192.0.0.0'), 24], // IETF protocol assignments
  [v4('192.0.2.0'), 24], // documentation
  [v4('192.88.99.0'), 24], // 6to4 relay anycast
  [v4('192.168.0.0'), 16], // private
  [v4('198.18.0.0'), 15], // benchmarking
  [v4('198.51.100.0'), 24], // documentation
  [v4('203.0.113.0'), 24], // documentation
  [v4('224.0.0.0'), 4], // multicast
  [v4('240.0.0.0'), 4], // reserved, and 255.255.255.255
]

export function ipv4Blocked(address: string): boolean {
  const n = v4(address)
  return Number.isNaN(n) || V4_BLOCKED.some(([base, bits]) => inRange(n, base, bits))
}

export function isLoopbackV4(address: string): boolean {
  return inRange(v4(address), v4('127.0.0.0'), 8)
}

export function isLoopbackV6(address: string): boolean {
  const h = hextets(address)
  return !!h && h.slice(0, 7).every((x) => x === 0) && h[7] === 1
}

/**
 * Loopback, unspecified, v4-mapped/compatible/translated, ULA, link- and site-local, multicast,
 * discard-only, documentation, IETF protocol blocks (Teredo, ORCHID, benchmarking), and embedded private IPv4.
 */
export function ipv6Blocked(address: string): boolean {
  const h = hextets(address)
  if (!h) return true
  const [a, b] = h
  if (h.slice(0, 5).every((x) => x === 0) && (h[5] === 0 || h[5] === 0xffff)) return true // ::, ::1, ::/96, ::ffff:0:0/96
  if (h.slice(0, 4).every((x) => x === 0) && h[4] === 0xffff && h[5] === 0) return true // ::ffff:0:0:0/96 v4-translated
  if (a === 0x0100 && h.slice(1, 4).every((x) => x === 0)) return true // 100::/64 discard-only
  if (a === 0x2001 && b < 0x0200) return true // 2001::/23 IETF protocol assignments: Teredo, benchmarking, ORCHID
  if ((a & 0xfe00) === 0xfc00) return true // fc00::/7 unique local
  if ((a & 0xffc0) === 0xfe80 || (a & 0xffc0) === 0xfec0) return true // link-local, old site-local
  if ((a & 0xff00) === 0xff00) return true // multicast
  if (a === 0x2001 && b === 0x0db8) return true // documentation
  if (a === 0x0064 && b === 0xff9b && h[2] === 1) return true // 64:ff9b:1::/48 local-use NAT64
  if (a === 0x0064 && b === 0xff9b) return ipv4Blocked(embedded(h[6], h[7])) // NAT64 64:ff9b::/96
  if (a === 0x2002) return ipv4Blocked(embedded(b, h[2])) // 6to4
  return false
}

function v4(address: string): number {
  const parts = address.split('.').map(Number)
  if (parts.length !== 4 || parts.some((p) => !Number.isInteger(p) || p < 0 || p > 255)) return NaN
  return ((parts[0] << 24) >>> 0) + (parts[1] << 16) + (parts[2] << 8) + parts[3]
}

function inRange(n: number, base: number, bits: number): boolean {
  if (Number.isNaN(n)) return false
  const size = 2 ** (32 - bits)
  return n >= base && n < base + size
}

function embedded(hi: number, lo: number): string {
  return [hi >> 8, hi & 0xff, lo >> 8, lo & 0xff].join('.')
}

/** Eight 16-bit groups, or null. Accepts "::" compression and a trailing dotted IPv4. */
function hextets(address: string): number[] | null {
  let text = address.toLowerCase()
  const v4tail = /(\d+\.\d+\.\d+\.\d+)$/.exec(text)
  if (v4tail) {
    const n = v4(v4tail[1])
    if (Number.isNaN(n)) return null
    text = text.slice(0, -v4tail[1].length) + `${(n >>> 16).toString(16)}:${(n & 0xffff).toString(16)}`
  }
  const halves = text.split('::')
  if (halves.length > 2) return null
  const parse = (s: string) => (s === '' ? [] : s.split(':').map((g) => (/^[0-9a-f]{1,4}$/.test(g) ? parseInt(g, 16) : NaN)))
  const head = parse(halves[0])
  const tail = halves.length === 2 ? parse(halves[1]) : []
  const fill = halves.length === 2 ? 8 - head.length - tail.length : 0
  const all = [...head, ...Array(Math.max(0, fill)).fill(0), ...tail]
  return all.length === 8 && all.every((x) => !Number.isNaN(x)) && (halves.length === 1 || fill >= 1) ? all : null
}
