/// How an Italian adjective in the masculine singular gives its feminine and plural forms.
///
/// *-co* and *-go* give both plurals (*-ci/-chi*, *-gi/-ghi*): which one a word takes is lexical
/// (*sovietici*, *tedeschi*), and the unused one never occurs in text, so generating both is harmless.
let italianAdjectiveInflection: [InflectionRule] = [
    InflectionRule("co", ["ca", "ci", "chi", "che"]),
    InflectionRule("go", ["ga", "gi", "ghi", "ghe"]),
    InflectionRule("io", ["ia", "i", "ie"]),
    InflectionRule("o", ["a", "i", "e"]),
    InflectionRule("e", ["i"]),
    InflectionRule("ista", ["isti", "iste"]),
    InflectionRule("ita", ["iti", "ite"]),
    InflectionRule("a", ["i", "e"]),
]
