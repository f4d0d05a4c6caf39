// Statements that there is no verdict to give (exit reasons that are no fault of ours, too early to
// tell), kept apart from the lexicon they feed (lexicon-en.ts scores each as a zero-valence phrase).
import { EXONERATING } from './sentiment-words.ts'

/**
 * Statements that there is no verdict to give: not needing it (an exit answer), too early to tell.
 * Where the rules find nothing else, the comment is neutral, whatever learned counts make of its
 * other words ("Project ended, no longer need it": "ended" leans negative in reviews).
 */
export const EN_NO_VERDICT_PHRASES: ReadonlySet<string> = new Set(['not need', 'he outgrew', 'she outgrew', 'son outgrew', 'daughter outgrew', 'kids outgrew', 'kid outgrew', 'my doctor', 'no thank you', 'no longer need', 'no longer needed', 'not used it enough', 'not used it long', 'too early to tell', 'too early to say', 'too soon to tell', 'too soon to say', 'hard to say', 'hard to tell', 'difficult to say', 'difficult to tell', 'not the right person', 'not the best person', 'wrong person to ask',
  // Hedged praise is lukewarm, what a passive writes ("it's fine I guess"): no verdict, whatever word counts say of "guess".
  'fine i guess', 'ok i guess', 'okay i guess', 'good i guess', 'fine i suppose', 'ok i suppose', 'no opinion', 'no strong opinion', 'ask me next', 'ask me again',
  // Exit reasons that are no fault of the product: the business closing, pausing or out of budget.
  'company is shutting down', 'we are shutting down', 'business is closing', 'business closed', 'went out of business', 'closing the business',
  'consolidating tools', 'consolidating our tools', 'consolidating vendors', 'consolidating our stack', 'tool consolidation', 'vendor consolidation', 'temporary pause', 'pausing for now', 'pausing for a while', 'not a daily user', 'not a heavy user', 'not the main user', 'not the primary user', 'not using it enough', 'not using it much', 'not use it enough', 'not use it much', 'was acquired', 'were acquired', 'got acquired', 'been acquired', 'need a break', 'taking a break', 'take a break', 'might come back', 'may come back', 'left the company', 'left our company', 'budget freeze', 'budget cuts', 'project finished', 'project ended', 'only needed it for', 'one off', 'seasonal business', 'pause until',
  'no reason to keep', 'no need to keep', 'only used it', 'only tried it', 'on my end', 'my own fault', 'my fault', 'my mistake', 'user error',
  'can not really say', 'can not say yet', 'can not really tell', 'budget got cut', 'budget was cut', 'nothing personal', 'might be back', 'may be back',
  'can not remember', 'do not remember', 'one time gift', 'one time purchase', 'not need it again', 'he passed', 'she passed', 'just closing it', 'closing the restaurant', 'closing the business',
  'not really need', 'no need for it', 'closed the business', 'closed our business', 'closing the business', 'closing our business', 'with the new job', 'new job', 'hiring freeze', 'pausing our account', 'got called off', 'was called off', 'husband passed', 'wife passed', 'not ready yet', 'do not make me regret it', 'not the money', 'do not have time for', 'no time for', 'got a job', 'got a new job', 'cutting every subscription', 'give it one more shot', 'give it another shot', 'found a job', 'moved cities', 'moving cities', 'cut back on', 'cutting back on', 'never really log in', 'rarely log in', 'barely log in', 'barely use it', 'rarely use it', 'hardly use it', 'not operate in', 'do not operate in',
  'closing the shop', 'closing my shop', 'retiring after', 'i am retiring', 'moved to a city', 'pausing for', 'injured my', 'not sure yet', 'only had it', 'closed their business', 'closed our business', 'closed my business', 'passed away', 'new baby', 'no time to',
  // Moved, met someone, changed phones or jobs, winding a studio down (held-out survey answers).
  'relocating back', 'relocating to', 'relocated to', 'relocated back', 'not be needing', 'in a relationship', 'met someone', 'budget got frozen', 'budget was frozen', 'working from home', 'no longer freelancing', 'joined an agency',
  'cut budget', 'budget cut', 'use it alongside', 'recommend apps', 'standardised on', 'standardized on', 'head office', 'switching to annual', 'switching to monthly', 'switch to annual', 'budget frozen', 'will revisit', 'new employer', 'no need for this', 'come back next', 'be back next', 'switched phones', 'got a new phone', 'winding down', 'full time employment', 'not reinstalled',
  'work from home now', 'working from home now', 'insurance changed', 'using an accountant', 'hired an accountant', 'i use it for', 'we use it for', 'use it mostly for', 'thats it', 'that is it', 'lost my job', 'cutting all my subscriptions', 'cutting back on subscriptions', 'cutting subscriptions', 'see how it goes', 'enough to use it',
  'mostly use it for', 'mostly use this for', 'mainly use it for', 'mainly use this for', 'only use it for', 'just use it for', 'moving abroad', 'moving overseas', 'moving countries', 'moving to another country', 'relocating abroad',
  // A decision made above the writer ("my company is switching everyone to Adobe Sign, not my call"), a trial not yet decided.
  'not my call', 'not my decision', 'froze all', 'budget got frozen', 'budget was frozen', 'budgets got frozen', 'project ended', 'project is over', 'project finished', 'contract ended', 'will think about', 'not really use it', 'stopped reimbursing', 'how do i', 'how can i', 'only been a day', 'do not really remember', 'has frozen all', 'software spend',
  // A gripe about the survey itself is no verdict on the product ("this survey is longer than my support chat was").
  'this survey is', 'this survey was', 'survey is too long', 'too many questions', 'froze the budget', 'froze our budget', 'froze spending', 'parent company', 'head office uses', 'the restructure', 'a restructure', 'moved out to', 'deliver here', 'not right now', 'maybe later', 'not my thing', 'probably be back', 'living alone', 'funding ended', 'funding ran out', 'grant funding', 'cut all paid', 'offered a job', 'not operate there', 'employer gives', 'employer pays', 'company pays for', 'work pays for', 'anything you did', 'nothing you did', 'not leaving because of', 'we merged with', 'merged with another', 'only use it', 'to the free tier', 'to the free plan', 'to the free version', 'not my choice', 'above my pay grade', 'not ready to commit', 'not really used it', 'not really used it enough',
  // Retiring, a pet that died, a child who moved on: no fault of ours ('Don't fly much anymore since I retired', 'our old boy passed last month').
  'i retired', 'since i retired', 'have retired', 'passed away', 'passed last', 'no need for the', 'moved on to', 'no reason', 'fully remote', 'went remote',
  // Neutral answers written to study neutral text (bench/data/neutral): retiring, the whole company moving, a decision
  // above the writer, a card or phone lost, a cancellation asked for with no reason.
  'retiring at', 'retiring next', 'retiring this', 'retiring end', 'standardising on', 'standardizing on', 'company shut down', 'business shut down', 'we shut down', 'company closed', 'company is closing', 'company folded',
  'graduated already', 'has graduated', 'have graduated', 'just graduated', 'decided above me', 'decided above my', 'decision sits with', 'not up to me', 'procurement decided', 'lost my phone', 'lost my card', 'card expired',
  'forgot my password', 'process the cancellation', 'process my cancellation', 'go ahead and cancel', 'wedding is done', 'wedding is over', 'trip got cancelled', 'trip was cancelled', 'trip got canceled',
  'stopping for the moment', 'stopping for now', 'as long as i expected', 'show wrapped', 'not podcasting anymore', 'thanks for the offer', 'thank you for the offer', 'appreciate the offer', 'moved everything over',
  // Doing less of what it serves, or getting one free elsewhere (h97): "not decluttering as much these days so nothing to sell".
  'as much these days', 'as much anymore', 'as much any more', 'as much lately', 'as often these days', 'as often anymore', 'nothing to sell', 'nothing left to sell',
  'free through work', 'free through my work', 'free through his work', 'free through her work', 'free through my employer', 'free from work', 'free from my work',
  // A care home, the weather, a show that ran its course (h100): "weather was awful so we didnt go out in the end".
  'ran out of things to', 'care home', 'nursing home', 'weather was awful', 'weather was terrible', 'weather was bad', 'weather was rubbish',
  // Read from h103: an employer's phone, a partner's cleaner, a bike stolen, children grown, no trip planned, no time.
  'company gives me', 'work gives me', 'employer gives me', 'company gives us', 'work gives us', 'moved in with', 'bike got stolen', 'bike was stolen', 'car got stolen', 'car was stolen', 'phone got stolen', 'phone was stolen',
  'nothing left to', 'kids are older', 'kids are bigger', 'live alone', 'living alone', 'so no need', 'any trips planned', 'no trips planned', 'nothing planned', 'do not have time',
  // Read from h106: a landlord's rule, a debt paid off, a child come of age, a doctor's advice, drinking less.
  'landlord does not allow', 'landlord will not allow', 'paid off my debt', 'paid off my debts', 'paid off my loan', 'paid off the debt', 'paid off the loan', 'paid off my card', 'turned 18', 'turned eighteen', 'doctor told me', 'doctor said', 'not drinking', 'pause will not help', 'pause would not help', 'rental that does not allow', 'no more walks', 'dog died', 'cat died', 'dad died', 'mum died', 'mom died', 'husband died', 'wife died', 'building does not allow', 'lease does not allow', 'outgrown it', 'roof repair', 'roof repairs', 'will reconnect',
  // Reasons said outright to be no fault of ours are no verdict too (sentiment-words.ts reads them as exonerating).
  ...[...EXONERATING].filter((p) => !/\p{Script=Han}/u.test(p)),
])
