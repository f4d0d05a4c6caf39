// The rendered width of an element, so SVG charts draw in real pixels (text keeps its size on
// phones and wide screens alike). Falls back to `initial` where ResizeObserver is missing.
import { useEffect, useRef, useState } from 'preact/hooks'

export function useWidth<T extends HTMLElement>(initial = 640) {
  const ref = useRef<T>(null)
  const [width, setWidth] = useState(initial)
  useEffect(() => {
    const el = ref.current
    if (!el || typeof ResizeObserver === 'undefined') return
    const measure = () => el.clientWidth > 0 && setWidth(Math.round(el.clientWidth))
    measure()
    const ro = new ResizeObserver(measure)
    ro.observe(el)
    return () => ro.disconnect()
  }, [])
  return { ref, width }
}
