import GazzettaModel
import GazzettaText

/// Reads a document's date from its first lines (the byline): `04.07.2019`, `2019-07-04`, `4/7/2019`,
/// `4 luglio 2019`, `12 March 2021`, `March 12, 2021`.
struct DocumentDateFinder {
    /// How many tokens from the start are searched.
    var window = 80

    /// Month names by key, from every language's data.
    private let months: [String: Int] = {
        var months: [String: Int] = [:]
        for language in Language.allCases {
            for (index, names) in LanguageData.of(language).monthNames.enumerated() {
                for name in names { months[name] = index + 1 }
            }
        }
        return months
    }()

    func date(in analyzed: AnalyzedText) -> DayDate? {
        let tokens = analyzed.tokens.prefix(window)
        let keys = tokens.map(\.key)
        for i in keys.indices {
            if let date = numeric(keys, i) ?? named(keys, i) { return date }
        }
        return nil
    }

    /// `dd.mm.yyyy`, `dd/mm/yyyy`, `yyyy-mm-dd`: ICU keeps `04.07.2019` as one number token.
    private func numeric(_ keys: [String], _ i: Int) -> DayDate? {
        let key = keys[i]
        // Every numeric form starts with a digit: other tokens are passed over before any splitting.
        guard let first = key.utf8.first, first >= UInt8(ascii: "0"), first <= UInt8(ascii: "9") else { return nil }
        for separator: Character in [".", "/"] {
            let parts = key.split(separator: separator)
            if parts.count == 3, parts[2].count == 4, let d = Int(parts[0]), let m = Int(parts[1]), let y = Int(parts[2]) {
                return DayDate(year: y, month: m, day: d)
            }
        }
        if i + 4 < keys.count, keys[i].count == 4, keys[i + 1] == "-", keys[i + 3] == "-",
           let y = Int(keys[i]), let m = Int(keys[i + 2]), let d = Int(keys[i + 4]) {
            return DayDate(year: y, month: m, day: d)
        }
        // ICU breaks at "/": 4/7/2019 is five tokens.
        if i + 4 < keys.count, keys[i + 1] == "/", keys[i + 3] == "/", keys[i + 4].count == 4,
           let d = Int(keys[i]), let m = Int(keys[i + 2]), let y = Int(keys[i + 4]) {
            return DayDate(year: y, month: m, day: d)
        }
        return nil
    }

    /// `4 luglio 2019`, `12 March 2021`, `March 12, 2021`.
    private func named(_ keys: [String], _ i: Int) -> DayDate? {
        guard let month = months[keys[i]] else { return nil }
        if i >= 1, i + 1 < keys.count, let d = Int(keys[i - 1]), let y = Int(keys[i + 1]), keys[i + 1].count == 4 {
            return DayDate(year: y, month: month, day: d)
        }
        if i + 3 < keys.count, let d = Int(keys[i + 1]), keys[i + 2] == ",", let y = Int(keys[i + 3]), keys[i + 3].count == 4 {
            return DayDate(year: y, month: month, day: d)
        }
        return nil
    }
}
