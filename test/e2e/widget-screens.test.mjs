// Screenshots of every survey kind in every language (plus dark and phone) into out/screens/,
// for people to look at. Asserts only that each survey opened in the language asked for.
import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdirSync } from 'node:fs'
import { BASE_URL, launchChromium, settled, widget } from './widget-lib.mjs'

const OUT = new URL('../../out/screens/', import.meta.url)
const LANGS = { en: 'Send', 'zh-Hans': '发送', 'zh-Hant': '送出' }
let browser
before(async () => {
  mkdirSync(OUT, { recursive: true })
  browser = await launchChromium()
})
after(() => browser?.close())

async function shoot(context, name, lang, kind, mode = 'light') {
  const page = await context.newPage()
  await page.goto(`${BASE_URL}/demo?lang=${lang}&mode=${mode}`)
  await page.waitForFunction(() => typeof window.stayloop === 'function' && !window.stayloop.q)
  if (kind == 'exit') await page.click('#cancel')
  else await page.click(`[data-show="${kind}"]`)
  await settled(page, kind)
  assert.equal(await widget(page).getByRole('dialog').getAttribute('lang'), lang)
  await page.screenshot({ path: new URL(`${name}-ask.png`, OUT).pathname })
  // The second step: follow-up comment, or the save offer.
  if (kind == 'exit') {
    await widget(page).getByRole('radio').first().click()
    await widget(page).locator('button.p').click()
  } else {
    await widget(page).getByRole('radio').nth(1).click()
    await widget(page).getByRole('button', { name: LANGS[lang] }).waitFor()
  }
  await page.screenshot({ path: new URL(`${name}-next.png`, OUT).pathname })
  await page.close()
}

for (const lang of Object.keys(LANGS)) {
  test(`screenshots in ${lang}`, async () => {
    const context = await browser.newContext({ viewport: { width: 1000, height: 640 } })
    for (const kind of ['nps', 'csat', 'ces', 'exit']) await shoot(context, `${kind}-${lang}`, lang, kind)
    await context.close()
  })
}

test('screenshots: dark mode and phone', async () => {
  const dark = await browser.newContext({ viewport: { width: 1000, height: 640 }, colorScheme: 'dark' })
  await shoot(dark, 'nps-en-dark', 'en', 'nps', 'auto')
  await shoot(dark, 'exit-zh-Hans-dark', 'zh-Hans', 'exit', 'dark')
  await dark.close()
  const phone = await browser.newContext({ viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 })
  await shoot(phone, 'nps-zh-Hant-phone', 'zh-Hant', 'nps')
  await shoot(phone, 'exit-en-phone', 'en', 'exit')
  await phone.close()
})
