/** Editor's notes on a phone: a tap opens the note in place, another closes it. */
import { expect, test } from './fixtures.ts';

test('a tap on a note number opens the note in place; a second tap closes it', async ({ page }) => {
  await page.goto('/papers/joining-the-dots/');
  const note = page.locator('.g-note').nth(2);
  await expect(note.locator('.g-note__body')).toBeHidden();
  await note.locator('.g-note__ref').tap();
  await expect(note.locator('.g-note__body')).toBeVisible();
  const box = await note.locator('.g-note__body').boundingBox();
  expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(390);
  await note.locator('.g-note__ref').tap();
  await expect(note.locator('.g-note__body')).toBeHidden();
});
