// Emoji valence on the word-list scale; emoticons, emoji codes and ratings become emoji first (emoji-text.ts).
const POSITIVE = '😀😃😄😁😆😊🙂😍🥰😘😎🤩👍👌👏🙌💪🎉🥳💯🙏❤💕💖💗💙💚💛🧡💜✨⭐🌟🔥😇☺🤗😋🆗✅🚀'
const NEGATIVE = '😞😔😟😕🙁☹😣😖😫😩😢😭😤😠😡🤬👎💩🤮🤢😒🙄😑😐😬🤦💔❌⛔😱😨😰🐢'

/** Emoji that say the words beside them are not meant: the upside-down face anywhere, and in Chinese the slight smile (微笑, passive-aggressive there). */
export const IRONIC_EMOJI = /\u{1F643}/u
export const ZH_IRONIC_EMOJI = /\u{1F642}/u
/** In Chinese, a clap beside a complaint applauds it (真是稳定如一啊👏: 4 of 5 survey answers with one). */
/** Tears and sorrow: beside a reason that blames nobody, grief, not a complaint (angry faces are complaints). */
export const SORROW_EMOJI = /^(?:\u{1F622}|\u{1F62D}|\u{1F61E}|\u{1F614}|\u{1F97A}|\u{1F494}|\u{1F641}|\u2639)$/u
export const ZH_CLAP = /\u{1F44F}/u

export const EMOJI_VALENCE: ReadonlyMap<string, number> = (() => {
  const map = new Map<string, number>()
  for (const e of POSITIVE) map.set(e, 2)
  for (const e of NEGATIVE) map.set(e, -2)
  for (const e of '😐😑') map.set(e, -0.5) // flat faces read as mildly unhappy in feedback
  for (const e of '😓😵') map.set(e, -1) // a cold sweat or a dizzy face: exasperation, not anger
  map.set('🐐', 2) // "goated": the greatest of all time
  map.set('🙃', -1) // the upside-down face says the words beside it are not meant ("another 'improvement' 🙃")
  for (const e of '😡🤬👎💩🤮') map.set(e, -3)
  for (const e of '😍🥰🤩💯❤') map.set(e, 3)
  return map
})()
