/** What a settings form shows after its server action ran. */
export type ActionResult =
  | { ok: true; message: string; secret?: { label: string; value: string } }
  | { ok: false; message: string }
  | null;
