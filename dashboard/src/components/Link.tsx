// An in-app link: a real href (open in new tab works), client-side navigation on plain clicks.
import type { ComponentChildren } from 'preact'
import { href, navigate } from '../lib/router.ts'

export function Link({ to, class: cls, children, ...rest }: { to: string; class?: string; children: ComponentChildren; 'aria-current'?: 'page' | undefined; title?: string }) {
  return (
    <a
      {...rest}
      class={cls}
      href={href(to)}
      onClick={(e) => {
        if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return
        e.preventDefault()
        navigate(to)
      }}
    >
      {children}
    </a>
  )
}
