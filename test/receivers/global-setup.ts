// vitest globalSetup (runs in Node, outside workerd): one loopback receiver for the whole run;
// tests read its port with `inject('receiverPort')`.
import type { TestProject } from 'vitest/node'
import { startReceiver } from './server.ts'

declare module 'vitest' {
  export interface ProvidedContext {
    receiverPort: number
  }
}

export default async function setup(project: TestProject) {
  const { server, port } = await startReceiver()
  project.provide('receiverPort', port)
  return () => new Promise<void>((resolve) => {
    server.closeAllConnections()
    server.close(() => resolve())
  })
}
