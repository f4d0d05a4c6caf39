// IIFE entry: registers the trigger logic on the global the loader waits for.
import { triggers } from './triggers.ts'
import { TRIGGERS_GLOBAL } from '../types.ts'

;(window as any)[TRIGGERS_GLOBAL] = triggers
