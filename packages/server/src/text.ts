export { escapeHtml } from '@support-board/contract';

/** PHP's `ucfirst`: the first character upper-cased. */
export const ucfirst = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
