import type { components } from '../../api/generated/cases';

type Schemas = components['schemas'];

/** The API's enumerations (openapi/specs/cases.yaml), in the order the window shows them. */
export const CHANNELS: readonly Schemas['Channel'][] = [
  'WALK_IN',
  'PHONE',
  'LETTER',
  'ONLINE',
  'HOTLINE_12345',
  'POLICE',
  'COURT_REFERRAL',
  'PETITION_BUREAU',
  'GRID_REPORT',
  'VILLAGE_WHISTLE',
];
export const STATUSES: readonly Schemas['MatterStatus'][] = [
  'REGISTERED',
  'TRIAGED',
  'DISPATCHED',
  'IN_HANDLING',
  'CLOSED',
  'FOLLOWED_UP',
  'WITHDRAWN',
];
export const COMPLEXITIES: readonly Schemas['Complexity'][] = ['SIMPLE', 'NORMAL', 'DIFFICULT'];
export const PARTY_KINDS: readonly Schemas['PartyKind'][] = ['PERSON', 'ORGANIZATION'];
export const PARTY_ROLES: readonly Schemas['PartyRole'][] = ['APPLICANT', 'RESPONDENT', 'THIRD_PARTY'];
