import { Fragment, type ReactNode } from 'react';

/**
 * A catalog message with elements in it: `{name}` in `template` is replaced by `slots[name]`
 * (a `<time>`, a button), so each edition puts them where its word order needs them.
 */
export function fill(template: string, slots: Readonly<Record<string, ReactNode>>): ReactNode {
  return template.split(/(\{[a-z]+\})/).map((part, i) => {
    const slot = /^\{([a-z]+)\}$/.exec(part)?.[1];
    return <Fragment key={i}>{slot !== undefined && slot in slots ? slots[slot] : part}</Fragment>;
  });
}
