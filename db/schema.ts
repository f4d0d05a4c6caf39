// The whole D1 schema; drizzle-kit generates migrations/ from it.
export * from './schema/tenancy.ts'
export * from './schema/surveys.ts'
export * from './schema/customers.ts'
export * from './schema/risk.ts'
export * from './schema/alerts.ts'
export * from './schema/rollups.ts'
