import { describe, expect, it } from 'vitest'
import { featuresOfSimplified, learningFeatures } from './features.ts'
import { tokenize } from './tokenize.ts'
import { ruleSentiment } from './sentiment-rules.ts'
import { analyzeText, learnIncrements, modelFromRows } from './index.ts'

describe('learning features', () => {
  it('reads Chinese as character bigrams and trigrams without the segmenter', () => {
    expect(learningFeatures('送餐很快')).toEqual(['送餐', '餐很', '很快', '送餐很', '餐很快', 'rule:2'])
    expect(learningFeatures('好')).toEqual(['好', 'rule:2'])
  })
  it('maps Traditional to the same features as Simplified', () => {
    expect(learningFeatures('價格太貴')).toEqual(learningFeatures('价格太贵'))
  })
  it('gives the analyser the same features from shared tokens', () => {
    const text = "the app isn't fast, 但是很好用 👍"
    expect(featuresOfSimplified(text, tokenize(text, false), ruleSentiment(text).score)).toEqual(learningFeatures(text))
  })
  it('keeps Han runs whole when asked not to segment', () => {
    expect(tokenize('不是不好用', false)).toEqual([{ text: '不是不好用', kind: 'han' }])
    expect(tokenize('很好 ok', false).map((t) => t.kind)).toEqual(['han', 'word'])
    // Latin letters or digits run straight into Chinese without a space.
    expect(tokenize('iPhone很好用', false)).toEqual([{ text: 'iphone', kind: 'word' }, { text: '很好用', kind: 'han' }])
    expect(tokenize('32个赞', false).map((t) => t.text)).toEqual(['32', '个赞'])
  })
  it('adds the rules\' verdict as a bucketed feature, never for an empty comment', () => {
    expect(learningFeatures('terrible, slow and broken')).toContain('rule:-2')
    expect(learningFeatures('the invoice arrived')).toContain('rule:0')
    expect(learningFeatures('')).toEqual([])
    expect(learningFeatures('<@U123>')).toEqual([])
  })
  it('caps the features of a very long comment', () => {
    const essay = Array.from({ length: 900 }, (_, i) => `word${i}`).join(' ')
    expect(learningFeatures(essay).length).toBe(401)
  })
  it('computed once by the caller, they give the same analysis and teaching as computed inside', () => {
    const model = modelFromRows(learnIncrements('slow exports, support never answers', { sentiment: 'neg', topics: ['support'] }))
    for (const text of ['Exports are slow but support is kind', '不是不好用，就是太贵了', '😡😡 never again', '']) {
      const features = learningFeatures(text)
      expect(analyzeText(text, { model, features })).toEqual(analyzeText(text, { model }))
      expect(learnIncrements(text, { sentiment: 'pos', topics: ['pricing'] }, features)).toEqual(learnIncrements(text, { sentiment: 'pos', topics: ['pricing'] }))
    }
  })
})
