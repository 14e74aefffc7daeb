import { useEffect, useState } from 'react';
import { mayCall, type OperationId, type Target } from '../api/access';
import type { Claims } from './claims';
import { currentClaims, onSessionChange } from './session';

/** The signed-in person's claims, updated on refresh and sign-out. */
export function useClaims(): Claims | null {
  const [claims, setClaims] = useState(currentClaims);
  useEffect(() => onSessionChange(setClaims), []);
  return claims;
}

/** Whether the signed-in person may call an operation (to show or hide a button). */
export function useMayCall(operationId: OperationId, target: Target = 'own'): boolean {
  return mayCall(useClaims(), operationId, target);
}
