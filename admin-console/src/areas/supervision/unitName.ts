import { useCallback } from 'react';
import { useT } from '../../i18n';
import type { CenterReferences } from '../matters/steps/references';
import { supervisionWords } from './words';

/** A responsible unit's name: a stationed department's, or the center itself (`center`). */
export function useUnitName(references: CenterReferences) {
  const s = useT(supervisionWords);
  return useCallback((code: string) => (code === 'center' ? s('center') : references.departmentName(code)), [references, s]);
}
