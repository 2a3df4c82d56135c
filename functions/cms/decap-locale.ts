/**
 * Our wording on top of Decap's own Dutch phrases (decap-cms-locales `nl`). Decap's defaults put
 * the field's name before our message ("Samenvatting komt niet overeen met het patroon: …"); here
 * the message of the schema is shown as it is, and the rest reads as plain Dutch. The editor is
 * Dutch-only, so these texts live beside the editor and not in src/i18n/.
 */

/** A nested phrase table as Decap's registerLocale takes it. */
export interface Phrases {
  [key: string]: string | Phrases;
}

export const NL_OVERRIDES: Phrases = {
  collection: {
    collectionTop: {
      // Decap's "＋ initiatief" uses a full-width plus that many fonts lack.
      newButton: 'Nieuw %{collectionLabel}',
      newButtonAriaLabel: 'Nieuw %{collectionLabel} maken',
    },
  },
  editor: {
    editorControlPane: {
      widget: {
        required: '%{fieldLabel}: dit veld is verplicht.',
        regexPattern: '%{pattern}',
        range: '%{fieldLabel}: vul een getal in van %{minValue} tot en met %{maxValue}.',
        min: '%{fieldLabel}: vul minstens %{minValue} in.',
        max: '%{fieldLabel}: vul hoogstens %{maxValue} in.',
        rangeMin: '%{fieldLabel}: kies of vul er minstens %{minCount} in.',
        rangeMax: '%{fieldLabel}: kies of vul er hoogstens %{maxCount} in.',
        rangeCount: '%{fieldLabel}: kies of vul er %{minCount} tot en met %{maxCount} in.',
      },
    },
  },
  ui: {
    toast: {
      onFailToPersist: 'Opslaan lukt niet. %{details}',
      missingRequiredField: 'Nog niet alles is goed ingevuld. Bekijk de velden met een melding in rood.',
    },
  },
};

/** `base` with `overrides` laid over it, nested tables merged (neither argument is changed). */
export function mergePhrases(base: Phrases, overrides: Phrases): Phrases {
  const merged: Phrases = { ...base };
  for (const [key, value] of Object.entries(overrides)) {
    const current = merged[key];
    merged[key] =
      typeof value === 'object' && typeof current === 'object' ? mergePhrases(current, value) : value;
  }
  return merged;
}
