import { defineConfig } from 'drizzle-kit'

// Flat SQL files in db/migrations: the folder `wrangler d1 migrations apply` reads.
export default defineConfig({
  dialect: 'sqlite',
  schema: './db/schema.ts',
  out: './db/migrations',
})
