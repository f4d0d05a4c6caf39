// A customer who says they will not come back has given the review's verdict, whatever praise
// surrounds it ("速度快，价格实惠，以后不会再点了"; "the staff were lovely but we won't be back").
// In the dev rows of zh_hotel and zh_waimai, 470 of 503 comments that say so are negative, and the
// positive ones read as complaints to anyone (their labels are noise); in en_yelp and en_airline,
// 81 of 81.

/** 以后/下次/再也 ... 不(会/想)(再) + coming back, or 不会再 + a verb of coming back. */
const ZH_REFUSAL = new RegExp(
  '(以后|下次|下回|再也|今后|永远)(也)?(绝对|肯定|应该)?(不|没|别)(会|想|敢|准备|打算|可能)?(再)?(来|去|住|点|订|定|买|选|光顾|入住|叫|吃)' +
  '|不会再(来|去|住|点|订|定|买|光顾|选|入住|叫)',
)

/**
 * "won't be back", "will never fly with you again", "never again". Not "never go back": "I'll never
 * go back to paper" is praise for what replaced it.
 */
const EN_REFUSAL = /\b(won'?t|wont|will not|never|not going to)( ever)? (be back|be coming back|be returning|come back|return|(fly|book|use|order|stay|eat|shop|buy)\w*\b[^.!?]{0,25}\bagain)\b|\bnever again\b/i

/** How far a refusal pulls the raw valence: at least this negative. */
export const REFUSAL_RAW = -2

export function refusesToReturn(simplified: string): boolean {
  return ZH_REFUSAL.test(simplified) || EN_REFUSAL.test(simplified)
}
