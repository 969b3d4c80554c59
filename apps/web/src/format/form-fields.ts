/** Reading submitted form fields in server actions. */
export function text(form: FormData, key: string): string {
  const value = form.get(key);
  return typeof value === 'string' ? value.trim() : '';
}

/** Every ticked value of a checkbox group, as strings. */
export function values(form: FormData, key: string): string[] {
  return form.getAll(key).filter((value): value is string => typeof value === 'string');
}

/** `prod, staging` → `['prod', 'staging']`; empty → `[]`. */
export function list(value: string): string[] {
  return value
    .split(/[\s,]+/)
    .map((item) => item.trim())
    .filter(Boolean);
}
