import { Locator } from 'playwright-core';

const ATTEMPTS = 3;

/**
 * Picks an option of an antd Select the way a person does (open it, click the item) and waits until
 * the select shows the choice. On a busy machine a click can land while the list is still being
 * drawn (its options arrive with their request) and be lost; a person would see the empty field and
 * pick again, so this does too, saying so in the test output. A single-choice list then closes with a
 * short slide; until it has, its (unnamed) listbox is still on screen, so the pick is done only when
 * the list is gone, as a person sees it. A multiple-choice list stays open for the next pick.
 */
export async function chooseOption(field: Locator, option: string): Promise<void> {
  const page = field.page();
  const id = await field.getAttribute('id');
  if (!id) throw new Error(`the select for "${option}" has no id to find it by`);
  const shown = page.locator(`.ant-select:has([id="${id}"])`).filter({ hasText: option });
  const item = page.locator(`.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option[title="${option}"]`);
  const openList = page.locator(`.ant-select-dropdown:not(.ant-select-dropdown-hidden):has([id="${id}_list"])`);
  const multiple = (await page.locator(`.ant-select-multiple:has([id="${id}"])`).count()) > 0;
  for (let attempt = 1; ; attempt++) {
    await field.click();
    await item.click();
    try {
      await shown.waitFor({ timeout: 5_000 });
      if (!multiple) await openList.waitFor({ state: 'detached', timeout: 5_000 });
      return;
    } catch (error) {
      if (attempt === ATTEMPTS) throw error;
      console.warn(`choosing "${option}": the pick did not show in the field (attempt ${attempt}); picking again`);
      await page.keyboard.press('Escape');
    }
  }
}

/**
 * Picks a path in an antd Cascader as a person does: open it, click each level's item in turn (every
 * level selectable), then close the list if the last one still has children open; waits until the field
 * shows the choice.
 */
export async function chooseCascaderPath(field: Locator, path: readonly string[]): Promise<void> {
  const page = field.page();
  const id = await field.getAttribute('id');
  if (!id) throw new Error(`the cascader for "${path.join(' / ')}" has no id to find it by`);
  const shown = page.locator(`.ant-select:has([id="${id}"])`).filter({ hasText: path[path.length - 1] });
  for (let attempt = 1; ; attempt++) {
    await field.click();
    for (const label of path) {
      await page.locator(`.ant-cascader-dropdown:not(.ant-select-dropdown-hidden) .ant-cascader-menu-item[title="${label}"]`).click();
    }
    await page.keyboard.press('Escape');
    try {
      await shown.waitFor({ timeout: 5_000 });
      return;
    } catch (error) {
      if (attempt === ATTEMPTS) throw error;
      console.warn(`choosing "${path.join(' / ')}": the pick did not show in the field (attempt ${attempt}); picking again`);
    }
  }
}
