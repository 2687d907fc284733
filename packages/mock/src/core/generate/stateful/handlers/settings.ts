import { methods } from '@support-board/contract';
import type { ArticleRow } from '../store.js';
import { contains, type Handlers } from './types.js';

const stripTags = (html: string) => html.replace(/<[^>]*>/g, '');
const cut = (text: string) => (text.length > 100 ? `${text.slice(0, 100)}...` : text);
const summary = (article: ArticleRow) => ({ ...article, content: cut(stripTags(article.content)) });

/** The versions when no app is configured, as the contract's example gives them. */
const versions = methods['get-versions'].examples.find((example) => example.name === 'no-apps')?.value ?? {
  sb: '3.0.4',
};

export const settingsHandlers: Handlers = {
  'get-setting': ({ setting }, { store }) => {
    if (!Object.hasOwn(store.settings, setting)) return false;
    const [value, type] = store.settings[setting] as [unknown, string];
    if (type !== 'multi-input' || typeof value !== 'object' || value === null) return value;
    return Object.fromEntries(
      Object.entries(value as Record<string, [unknown, string]>).map(([key, [item]]) => [key, item]),
    );
  },

  'get-settings': (_, { store }) => (Object.keys(store.settings).length ? store.settings : []),

  'saved-replies': (_, { store }) => {
    const replies = store.settings['saved-replies']?.[0];
    return Array.isArray(replies) ? replies : false;
  },

  'get-articles': ({ id, count, full }, { store }) => {
    if (id !== undefined && id !== '-1') return store.articles.find((article) => article.id === id) ?? false;
    const listed = store.articles.filter((article) => article.title !== '');
    return listed.slice(0, count ?? listed.length).map((article) => (full ? { ...article } : summary(article)));
  },

  'save-articles': ({ articles }, { store }) => {
    store.articles = articles.map(({ id, title, content, link }) => ({ id, title, content, link }));
    return true;
  },

  'search-articles': ({ search }, { store }) =>
    search === ''
      ? []
      : store.articles
          .filter((article) => contains(article.title, search) || contains(article.content, search))
          .map((article) => ({ ...article, content: article.content.slice(0, 100) })),

  'app-get-key': ({ app_name }, { store }) => store.appKeys.get(app_name) ?? '',

  'get-versions': () => versions,
};
