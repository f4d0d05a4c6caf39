// localStorage keys shared by the loader (reads) and the survey bundle (writes).
export const outboxKey = (site: string) => 'stayloop:o:' + site

// The anonymous visitor's id: makes retries idempotent and sampling sticky. No cookies.
export function clientId(ls: Storage): string {
  let id = ls.getItem('stayloop:cid')
  if (!id) ls.setItem('stayloop:cid', (id = crypto.randomUUID()))
  return id
}
