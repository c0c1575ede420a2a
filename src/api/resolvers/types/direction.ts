import { hasRtl } from '../../../text/bidi';

/** Reading direction for display: RTL when the text holds right-to-left letters. */
export const directionOf = (text: string): 'RTL' | 'LTR' => (hasRtl(text) ? 'RTL' : 'LTR');
