/** Editor's notes on a phone: each follows its paragraph; a tap on its number goes to it. */
import { expect, test } from './fixtures.ts';

test('a tap on a note number goes to the note, which fits the screen', async ({ page }) => {
  await page.goto('/papers/joining-the-dots/');
  const note = page.getByRole('note', { name: 'Editor’s note 3' });
  await page.getByRole('link', { name: 'Editor’s note 3' }).tap();
  await expect(page).toHaveURL(/#joining-the-dots-note-3$/);
  await expect(note).toBeInViewport();
  const box = await note.boundingBox();
  expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(390);
});
