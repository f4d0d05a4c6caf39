// localStorage keys shared by the loader (reads) and the survey bundle (writes).
export const outboxKey = (site: string) => 'stayloop:o:' + site
export const CLIENT_KEY = 'stayloop:cid'

// The anonymous visitor's id: makes retries idempotent and sampling sticky. No cookies.
export function clientId(ls: Storage): string {
  let id = ls.getItem(CLIENT_KEY)
  if (!id) ls.setItem(CLIENT_KEY, (id = crypto.randomUUID()))
  return id
}
