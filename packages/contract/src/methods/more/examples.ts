import type { z } from 'zod';
import type { Article } from '../../schemas/more.js';

/** The articles of the documentation's examples, shared by get-articles and search-articles. */
export const documentedArticles: { list: z.output<typeof Article>[] } = {
  list: [
    {
      id: '6P2Oq',
      title: "What's new with Dialogflow API V2?",
      content: 'Dialogflow API V2 is the new iteration of o ...',
      link: 'https://dialogflow.com/v2-faq',
    },
    {
      title: 'Should I move to the new API?',
      content: 'Yes. The newest version (V2) of the Actions ...',
      link: 'https://dialogflow.com/v2-faq',
      id: 'qf7kD',
    },
  ],
};
