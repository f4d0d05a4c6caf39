// The start of a customer's comment for a list row: whole words, one line, an ellipsis when cut.
const EXCERPT = 90

export function excerpt(text: string | null | undefined, max = EXCERPT): string | null {
  const flat = text?.replace(/\s+/g, ' ').trim()
  if (!flat) return null
  if (flat.length <= max) return flat
  const cut = flat.slice(0, max)
  const space = cut.lastIndexOf(' ')
  return (space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,.;:!?，。；：！？]+$/, '') + '…'
}
