/// Prepositions after which a capital is read as a place (*la visita ad Astana*, *a Mosca*, *in Kazakhstan*).
let italianLocativePrepositions: Set<String> = [
    "a", "ad", "in", "verso", "presso", "nella", "nel", "sulla", "sul", "all'", "nell'", "sull'",
]
