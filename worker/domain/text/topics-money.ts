// A sum of money named in a comment ("$12/user/month", "£39 to £47 a week", "R299", 一度8毛, "50% off")
// is about what things cost, where no keyword said so: customers quote prices more often than they
// say "price". Only where the taxonomy has a pricing topic and no pricing or billing keyword matched.
import type { TopicDef } from './taxonomy.ts'
import { ONE_KEYWORD_CONFIDENCE, type TopicMatch } from './topics.ts'

/** A currency sign, a rand or rupee prefix, or a number with a currency word after it (not "pounds": weight). */
const MONEY = /(?:[$£€¥￥₹]|\bR(?=\d)|\bRs\.?\s?)\s?\d[\d,.]*|\d[\d,.]*\s?(?:dollars|bucks|quid|euros|rupees|元|块钱?|塊錢?|蚊|毛钱?)(?![a-z])|\d+\s?% off|\d[\d,.]*\s?€|-\d+\s?%/i

/** `topics` with pricing added where the comment names a sum and nothing else named pricing or billing. */
export function withPriceNamed(topics: TopicMatch[], taxonomy: TopicDef[], text: string): TopicMatch[] {
  if (topics.some((t) => t.id === 'pricing' || t.id === 'billing') || !taxonomy.some((t) => t.id === 'pricing')) return topics
  const sum = MONEY.exec(text)
  return sum ? [...topics, { id: 'pricing', confidence: ONE_KEYWORD_CONFIDENCE, matches: [sum[0].trim()] }] : topics
}
