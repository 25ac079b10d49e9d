import type { Locator, Page } from 'playwright-core';

/**
 * What a refused field says beside it, once the refusal has come: the texts its aria-describedby names (its
 * description and its error), after it is marked aria-invalid.
 */
export async function besideField(input: Locator, ms = 30_000): Promise<string> {
  for (const until = Date.now() + ms; (await input.getAttribute('aria-invalid')) !== 'true';) {
    if (Date.now() > until) throw new Error('the field was not marked invalid');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return input.evaluate((el) => (el.getAttribute('aria-describedby') ?? '').split(/\s+/)
    .map((id: string) => (id ? el.ownerDocument.getElementById(id)?.textContent ?? '' : '')).join(' '));
}

/** 12 digits made a valid citizen id with their check digit. */
export function withCheckDigit(first12: string): string {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(first12[i]) * (13 - i);
  return `${first12}${(11 - (sum % 11)) % 10}`;
}

export const toThaiDigits = (text: string): string => text.replace(/\d/g, (d) => String.fromCharCode(0x0e50 + Number(d)));

/** The locator's text once it matches (the page may still be refreshing after a change), failing after `ms`. */
export async function untilText(locator: Locator, pattern: RegExp | string, ms = 30_000): Promise<string> {
  const matches = (text: string) => (typeof pattern === 'string' ? text.includes(pattern) : pattern.test(text));
  let text = '';
  for (const until = Date.now() + ms; Date.now() < until; await new Promise((resolve) => setTimeout(resolve, 100))) {
    text = await locator.innerText().catch(() => '');
    if (matches(text)) return text;
  }
  throw new Error(`expected ${String(pattern)} in: ${text}`);
}

/** Waits as long as a busy test machine may need (the suites share two cores with the service and Chromium). */
export function patient<P extends Pick<Page, 'setDefaultTimeout'>>(page: P): P {
  page.setDefaultTimeout(45_000);
  return page;
}
