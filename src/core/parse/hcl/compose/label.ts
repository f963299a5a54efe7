import { format, type Localized, type MessageData } from '../../../model/localized';

/**
 * A label filled in when first read. Composing modules writes a label for every argument of every
 * call and every value of every instance created through one, and only the few that end up in a
 * finding are ever shown: filling them all up front was most of the composition's time.
 */
export function lazyLabel(template: Localized, data: MessageData): Localized {
  let filled: Localized | undefined;
  const fill = () => (filled ??= format(template, data));
  return {
    get en() {
      return fill().en;
    },
    get 'zh-cn'() {
      return fill()['zh-cn'];
    },
  };
}
