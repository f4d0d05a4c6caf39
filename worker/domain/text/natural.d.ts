// natural is imported by deep path only (its root pulls in database clients); these are the
// declarations for the submodules we use.
declare module 'natural/lib/natural/stemmers/porter_stemmer' {
  const PorterStemmer: { stem(word: string): string }
  export default PorterStemmer
}
