/** The suppress form's id: the issues' checkboxes name it in their `form` attribute. */
export const SUPPRESS_FORM_ID = 'suppress-form';
