import '../stories/themes/dark.css';
import '../stories/themes/forced-colors.css';
import '../stories/themes/genk.css';
import '../stories/themes/liege.css';
import list from './themes.json';

/**
 * The pages a designer reviews every widget on. `default` is a page that sets nothing: the
 * widgets inherit its font and colours. The test scripts read themes.json too, so a theme added
 * there is checked for accessibility and screenshotted in every engine.
 */
export const themes: { value: string; title: string }[] = list;
