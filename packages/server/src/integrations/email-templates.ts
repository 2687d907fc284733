import { escapeHtml } from '../text.js';
import type { Attachment } from './index.js';

export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
}

/** Text for HTML bodies and attributes: markup and quotes escaped. */
const html = (text: string) => escapeHtml(text).replace(/"/g, '&quot;');
const paragraphs = (text: string) => html(text).replace(/\r?\n/g, '<br>');
/** Only web links are made clickable; anything else is shown as text. */
const isWebLink = (url: string) => /^https?:\/\//i.test(url);

const attachmentsHtml = (attachments: Attachment[]) =>
  attachments.length
    ? `<tr><td style="padding:0 32px 16px"><ul style="margin:0;padding-left:20px;font-size:14px;line-height:1.6">${attachments
        .map(([name, url]) =>
          isWebLink(url)
            ? `<li><a href="${html(url)}" style="color:#028be5">${html(name)}</a></li>`
            : `<li>${html(name)}: ${html(url)}</li>`,
        )
        .join('')}</ul></td></tr>`
    : '';

const attachmentsText = (attachments: Attachment[]) =>
  attachments.length ? `\n\nAttachments:\n${attachments.map(([name, url]) => `- ${name}: ${url}`).join('\n')}` : '';

/** One card on a light background: a heading, the message, its attachments, a footer line. */
const layout = (parts: {
  heading: string;
  message: string;
  attachments: Attachment[];
  footer: string;
}) => `<!doctype html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"></head>
<body style="margin:0;padding:0;background:#f5f7fa;font-family:-apple-system,'Segoe UI',Helvetica,Arial,sans-serif;color:#24272a">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f5f7fa;padding:24px 0"><tr><td align="center">
<table role="presentation" width="560" cellpadding="0" cellspacing="0" style="max-width:560px;background:#ffffff;border:1px solid #e6e9ed;border-radius:8px">
<tr><td style="padding:24px 32px 8px;font-size:18px;font-weight:600">${html(parts.heading)}</td></tr>
<tr><td style="padding:8px 32px 16px;font-size:15px;line-height:1.6">${paragraphs(parts.message)}</td></tr>
${attachmentsHtml(parts.attachments)}
<tr><td style="padding:16px 32px 24px;border-top:1px solid #e6e9ed;font-size:12px;color:#88969e">${html(parts.footer)}</td></tr>
</table></td></tr></table></body></html>`;

/** The user email template: a message from an agent (or any sender) to a user. */
export const userEmail = (input: { senderName: string; message: string; attachments: Attachment[] }): RenderedEmail => {
  const heading = `${input.senderName} sent you a message`;
  const footer = 'Reply to this email to answer.';
  return {
    subject: `New message from ${input.senderName}`,
    html: layout({ heading, message: input.message, attachments: input.attachments, footer }),
    text: `${heading}:\n\n${input.message}${attachmentsText(input.attachments)}\n\n${footer}\n`,
  };
};

/** The agent email template: a conversation was moved to the agent's department, with a note. */
export const agentEmail = (input: {
  senderName: string;
  conversationId: number;
  customerName: string;
  department: number;
  message: string;
}): RenderedEmail => {
  const heading = `${input.senderName} moved the conversation with ${input.customerName} to department ${input.department}`;
  const footer = `Conversation #${input.conversationId}. You receive this email as an agent of Support Board.`;
  return {
    subject: `Conversation #${input.conversationId}: a message from ${input.senderName}`,
    html: layout({ heading, message: input.message, attachments: [], footer }),
    text: `${heading}:\n\n${input.message}\n\n${footer}\n`,
  };
};
