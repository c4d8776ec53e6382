import DefaultTheme from 'vitepress/theme';
import type { Theme } from 'vitepress';
import GposValidator from './components/GposValidator.vue';
import './custom.css';

export default {
  extends: DefaultTheme,
  enhanceApp({ app }) {
    app.component('GposValidator', GposValidator);
  },
} satisfies Theme;
