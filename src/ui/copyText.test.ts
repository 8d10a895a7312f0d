import { afterEach, describe, expect, it, vi } from 'vitest';
import { copyOrSelect, copyText, selectedHint } from './copyText.ts';

function textarea(value: string): HTMLTextAreaElement {
  const field = document.createElement('textarea');
  field.value = value;
  document.body.append(field);
  return field;
}

// jsdom has no Clipboard API: each test gives the page one that accepts or refuses.
function clipboard(accepts: boolean) {
  const writeText = accepts ? vi.fn().mockResolvedValue(undefined) : vi.fn().mockRejectedValue(new DOMException('denied', 'NotAllowedError'));
  vi.stubGlobal('navigator', { clipboard: { writeText } });
  return writeText;
}

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.replaceChildren();
});

describe('copyText', () => {
  it('writes the text to the clipboard', async () => {
    const write = clipboard(true);
    await expect(copyText('<iframe>')).resolves.toBe(true);
    expect(write).toHaveBeenCalledWith('<iframe>');
  });

  it('says so when the clipboard is refused', async () => {
    clipboard(false);
    await expect(copyText('x')).resolves.toBe(false);
  });

  it('says so when there is no Clipboard API', async () => {
    vi.stubGlobal('navigator', {});
    await expect(copyText('x')).resolves.toBe(false);
  });
});

describe('copyOrSelect', () => {
  it('leaves the field alone once the text is copied', async () => {
    clipboard(true);
    const field = textarea('code');
    await expect(copyOrSelect('code', field)).resolves.toBe('copied');
    expect(field).not.toHaveFocus();
  });

  it('focuses and selects the field when the clipboard is refused', async () => {
    clipboard(false);
    const field = textarea('code');
    await expect(copyOrSelect('code', field)).resolves.toBe('manual');
    expect(field).toHaveFocus();
    expect([field.selectionStart, field.selectionEnd]).toEqual([0, 4]);
  });
});

it('tells the reader how to copy what is selected', () => {
  expect(selectedHint('The code')).toBe('The code is selected: press Ctrl+C (⌘C on a Mac) to copy it.');
});
