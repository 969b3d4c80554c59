'use client';

import { SUPPRESS_FORM_ID } from './suppress-form-id';

/** Ticks or clears every selectable issue of the page (the issues' checkboxes belong to the suppress form). */
export function SelectAllIssues() {
  function toggle(checked: boolean) {
    const boxes = document.querySelectorAll<HTMLInputElement>(
      `input[type="checkbox"][name="issue"][form="${SUPPRESS_FORM_ID}"]:not(:disabled)`,
    );
    for (const box of boxes) box.checked = checked;
  }
  return (
    <div className="field">
      <label>
        <input type="checkbox" onChange={(event) => toggle(event.currentTarget.checked)} /> Select
        every open issue on this page
      </label>
    </div>
  );
}
