// Sticky sampling: the same person and survey always land in the same bucket, on any device
// and on the server: FNV-1a 32-bit of "<customer or client id>:<survey id>", mod 100.
export function bucket(personId: string, surveyId: string, text = personId + ':' + surveyId): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; ) h = Math.imul(h ^ text.charCodeAt(i++), 0x01000193)
  return (h >>> 0) % 100
}

export const inSample = (personId: string, surveyId: string, sampling: number) => bucket(personId, surveyId) < sampling
