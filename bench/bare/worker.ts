// The floor this machine allows: a worker that only inserts one row into the same D1. The
// ingestion benchmark compares Stayloop's response path against it in the same run.
interface Env {
  DB: D1Database
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    if (request.method === 'GET') return new Response('ok')
    const body = (await request.json()) as { id: string }
    await env.DB.prepare('INSERT INTO bench_rows (id, body, created_at) VALUES (?, ?, ?) ON CONFLICT (id) DO NOTHING')
      .bind(body.id, JSON.stringify(body), Date.now()).run()
    return new Response(null, { status: 201 })
  },
}
