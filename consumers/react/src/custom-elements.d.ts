// What each README tells a React 19 app to write once: the widgets' JSX types.
import type { CustomElements } from '@npower/widgets/jsx';

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
}
