// Seeded randomness and stable hashing, so fits, splits and tests repeat exactly.

/** mulberry32: a tiny, fast 32-bit PRNG; good enough for shuffles and subsamples. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** FNV-1a over UTF-16 code units: a stable 32-bit hash for splitting rows by id. */
export function hashString(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

/** Fraction in [0, 1) derived from a key, the same on every run and machine. */
export function hashFraction(key: string): number {
  return hashString(key) / 4294967296
}

/** Fisher-Yates shuffle of 0..n-1 with a seeded generator. */
export function shuffledIndices(n: number, seed: number): number[] {
  const random = seededRandom(seed)
  const out = Array.from({ length: n }, (_, i) => i)
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    const t = out[i]
    out[i] = out[j]
    out[j] = t
  }
  return out
}

/**
 * Split row indices into train/held-out, stratified by label so a rare outcome
 * lands on both sides even in tiny data.
 */
export function stratifiedSplit(labels: number[], heldOutShare: number, seed: number): { train: number[]; heldOut: number[] } {
  const train: number[] = []
  const heldOut: number[] = []
  for (const cls of [0, 1]) {
    const members = shuffledIndices(labels.length, seed + cls).filter((i) => labels[i] === cls)
    const take = members.length < 2 ? 0 : Math.max(1, Math.round(members.length * heldOutShare))
    heldOut.push(...members.slice(0, take))
    train.push(...members.slice(take))
  }
  return { train: train.sort((a, b) => a - b), heldOut: heldOut.sort((a, b) => a - b) }
}
