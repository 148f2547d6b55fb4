// Validates what the form would do to the dataset, shortly after each keystroke, without applying it.
import { useEffect, useState } from 'react';
import type { DatasetEdit } from '../../curation/actorTransitions';
import type { ValidationResult } from '../../domain/validate';
import { useExplorer } from '../../store/StoreProvider';

/** Long enough to skip intermediate keystrokes, short enough to feel immediate. */
const VALIDATION_DELAY_MS = 150;

export function useLiveValidation(edit: DatasetEdit, texts?: ReadonlyMap<string, string>): ValidationResult | null {
  const previewEdit = useExplorer((state) => state.previewEdit);
  const checked = useExplorer((state) => state.checked);
  const [result, setResult] = useState<{ edit: DatasetEdit; result: ValidationResult | null } | null>(null);
  useEffect(() => {
    const timer = setTimeout(() => setResult({ edit, result: previewEdit(edit, texts) }), VALIDATION_DELAY_MS);
    return () => clearTimeout(timer);
  }, [edit, texts, previewEdit, checked]);
  // A result for an older form is stale: better none than a wrong one.
  return result?.edit === edit ? result.result : null;
}
