// Say it or draw it through the file fields (as a phone's camera and recorder hand a file over):
// a Welsh child at 320 px gives a drawing and a recording in the House of Dreams, sees and hears
// them back, is told in Welsh when a file is not a recording, and sends; the IRO's pack shows
// the drawing and plays the recording, each opening audited. axe-core on every page; nothing
// overlaps or scrolls sideways.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import {
  bookAndInvite, expectAccessible, isoDate, layoutProblems, newPage, signIn, useServerAndBrowser,
} from './harness.mjs';

const shared = useServerAndBrowser(before, after);
const screens = JSON.parse(readFileSync(new URL('../../app/forms/screens.v1.json', import.meta.url), 'utf8')).texts;

/// A real recording: one of the read-aloud clips (espeak-ng speech, MP3), as a phone's recorder hands it over.
const clips = new URL('../../public/audio/cy/', import.meta.url);
const RECORDING = readFileSync(new URL(readdirSync(clips).find((f) => f.endsWith('.mp3')), clips));
/// A small PNG drawing (8 × 8, red).
const DRAWING = Buffer.from(
  '89504e470d0a1a0a0000000d4948445200000008000000080806000000c40fbe8b000000124944415478da63b8a3a1f11f1f6618190a0083118ac1588d99f20000000049454e44ae426082',
  'hex',
);

async function fits(page, label) {
  await expectAccessible(page, label);
  assert.deepEqual(await layoutProblems(page), [], `${label}: layout at 320px`);
}

test('a Welsh child draws and records in the House of Dreams; the IRO sees and plays both, audited', async () => {
  const { server, browser } = shared;
  const { review, codes } = await bookAndInvite(browser, server, {
    name: 'Nia', born: isoDate(-7 * 365), language: 'cy', invitees: [['child', 'Nia', 'cy']],
  });
  const page = await newPage(browser, { viewport: { width: 320, height: 740 } });
  await page.goto(server.url + '/start');
  await page.locator('#code').fill(codes.child);
  await page.locator('#code').press('Enter');
  await page.waitForURL(/\/welcome$/);
  await page.locator('.language-choice').getByRole('button', { name: 'Cymraeg' }).click();
  await page.waitForURL(/\/about$/);
  await page.getByRole('link', { name: screens.next.cy }).click();
  await page.waitForURL(/\/secret$/);
  for (const p of ['cat', 'sun', 'tree']) await page.locator(`label[for="pic_${p}"]`).click();
  await page.getByRole('button', { name: 'Cadw fy lluniau' }).click();
  await page.waitForURL(/\/form\/screen\/1$/);

  // On through the screens (nothing is required) to the House of Dreams.
  const dreams = page.locator('input[name="drawing[houses_dreams]"]');
  for (let n = 0; !(await dreams.count()); n++) {
    assert.ok(n < 30, 'the form has a House of Dreams');
    const before = page.url();
    await page.locator('button[name="go"][value="next"]').click();
    await page.waitForURL((url) => url.href !== before);
  }
  const here = page.url();
  await fits(page, 'House of Dreams, nothing given yet (cy)');
  await page.getByLabel(screens.media_drawing.cy, { exact: true }).setInputFiles({ name: 'llun.png', mimeType: 'image/png', buffer: DRAWING });
  await page.getByLabel(screens.media_voice.cy, { exact: true }).setInputFiles({ name: 'llais.mp3', mimeType: 'audio/mpeg', buffer: RECORDING });
  await page.getByRole('button', { name: screens.media_add.cy, exact: true }).click();
  await page.waitForURL(here);
  await page.getByText(screens.media_drawing_kept.cy).first().waitFor();
  await page.getByText(screens.media_voice_kept.cy).first().waitFor();
  assert.ok(await page.locator('img.media-given__drawing').evaluate((img) => img.complete && img.naturalWidth === 8), 'the drawing shows');
  const played = await page.locator('.media-given audio').evaluate(async (audio) => {
    audio.muted = true;
    await audio.play();
    return !audio.paused || audio.ended;
  });
  assert.ok(played, 'the recording plays back');
  await fits(page, 'House of Dreams, both given (cy)');

  // A file that is not a recording: told why, in Welsh, beside the field; the drawing stays.
  await page.getByRole('button', { name: screens.media_remove_voice.cy, exact: true }).click();
  await page.waitForURL(here);
  await page.getByLabel(screens.media_voice.cy, { exact: true }).setInputFiles({ name: 'nodyn.mp3', mimeType: 'audio/mpeg', buffer: Buffer.from('nid recordiad') });
  await page.getByRole('button', { name: screens.media_add.cy, exact: true }).click();
  await page.waitForURL(here);
  await page.getByText('Does dim modd chwarae hwn.').first().waitFor();
  assert.ok(await page.getByText(screens.media_drawing_kept.cy).count(), 'the drawing given before is kept');
  await fits(page, 'House of Dreams, a file refused (cy)');
  await page.getByLabel(screens.media_voice.cy, { exact: true }).setInputFiles({ name: 'llais.mp3', mimeType: 'audio/mpeg', buffer: RECORDING });
  await page.locator('button[name="go"][value="next"]').click();
  await page.waitForURL((url) => url.href !== here);

  // Send from the check.
  await page.goto(server.url + '/form/check');
  await page.getByRole('button', { name: screens.check_send.cy }).click();
  await page.waitForURL(/\/form\/done$/);
  assert.deepEqual(page.problems, []);

  // The IRO: the drawing shows and the recording plays in the pack; each opening is audited.
  const iro = await newPage(browser);
  await signIn(iro, server, 'iro@dyffryn.example');
  await iro.goto(server.url + review + '/pack');
  await expectAccessible(iro, 'pack with a drawing and a recording');
  const drawing = iro.locator('img.pack-media__drawing');
  await drawing.scrollIntoViewIfNeeded();
  await iro.waitForFunction(() => document.querySelector('img.pack-media__drawing')?.naturalWidth === 8);
  assert.match(await drawing.getAttribute('alt'), /^A drawing given for: /);
  const plays = await iro.locator('.pack-media audio').evaluate(async (audio) => {
    audio.muted = true;
    await audio.play();
    return audio.duration > 0;
  });
  assert.ok(plays, 'the recording plays in the pack');
  const admin = await newPage(browser);
  await signIn(admin, server, 'admin@dyffryn.example');
  await admin.goto(server.url + '/staff/admin/audit');
  await admin.getByLabel('What happened').selectOption('media.opened');
  await admin.getByRole('button', { name: 'Show' }).click();
  await admin.waitForURL(/\/staff\/admin\/audit\?action=media\.opened/);
  const opened = await admin.locator('tbody tr').allInnerTexts();
  assert.ok(opened.some((row) => /\bdrawing \d+\b/.test(row)) && opened.some((row) => /\bvoice \d+\b/.test(row)), `both openings audited: ${opened}`);
  await expectAccessible(admin, 'audit trail of openings');
  assert.deepEqual(iro.problems, []);
});
