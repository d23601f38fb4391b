import GazzettaModel
import GazzettaText

/// Reads GeoNames' tab-separated dumps (`cities15000.txt`, `allCountries.txt`…, and optionally
/// `alternateNamesV2.txt`) into a lexicon file.
///
/// The main dump has 19 columns: geonameid, name, asciiname, alternatenames (comma-separated), latitude,
/// longitude, feature class, feature code, country code, cc2, admin1–4, population, elevation, dem,
/// timezone, modification date. Alternate names add a language: id, geonameid, isolanguage, name,
/// isPreferredName, isShortName, isColloquial, isHistoric, from, to.
public struct GeoNamesImporter {
    /// A place read from the dump.
    public struct Place: Sendable {
        /// The geonameid (digits, kept as text).
        public var id: String
        /// The main name (column 2): the slug's source and the label when no Italian or English name is known.
        public var name: String
        /// Usable names from the name, ASCII name and alternate-names columns, one per matching key.
        public var names: [String]
        /// GeoNames feature class: `P` populated place (a city), `A` administrative area (a region), else a site.
        public var featureClass: String
        /// GeoNames feature code (`PPLC`, `ADM1`…); read but not used in the output.
        public var featureCode: String
        /// ISO 3166 alpha-2 country code; gives `partOf = country:XX` when that entity exists.
        public var country: String
        /// Population; 0 when the column is empty or not a number.
        public var population: Int
        /// Italian names from an alternate-names file (historic ones skipped); the first is the Italian label.
        public var italian: [String] = []
        /// English names from an alternate-names file (historic ones skipped); the first is the English label.
        public var english: [String] = []
    }

    /// Places with fewer people are skipped.
    public var minimumPopulation = 0

    /// An importer that skips places with fewer than `minimumPopulation` people.
    public init(minimumPopulation: Int = 0) {
        self.minimumPopulation = minimumPopulation
    }

    /// Parses the main dump. Malformed lines are errors naming `path` and the line.
    public func places(_ text: String, path: String) throws(LexiconLoadError) -> [Place] {
        var places: [Place] = []
        var errors: [LexiconError] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where !line.isEmpty && !line.hasPrefix("#") {
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard columns.count >= 15, !columns[0].isEmpty, columns[0].allSatisfy(\.isNumber) else {
                errors.append(LexiconError(path, index + 1, "not a GeoNames line: expected 19 tab-separated columns starting with a numeric id, got \(columns.count)"))
                continue
            }
            let population = Int(columns[14]) ?? 0
            if population < minimumPopulation { continue }
            var names = [columns[1], columns[2]] + columns[3].split(separator: ",").map(String.init)
            names = names.map { $0.trimmingWhitespace() }.filter(isUsableName)
            var seen: Set<String> = []
            names = names.filter { seen.insert(MatchingKey.of($0)).inserted }
            places.append(Place(id: columns[0], name: columns[1], names: names, featureClass: columns[6],
                                featureCode: columns[7], country: columns[8], population: population))
        }
        if !errors.isEmpty { throw LexiconLoadError(errors: errors) }
        return places
    }

    /// Adds Italian and English names from an alternate-names file to `places`.
    public func addAlternateNames(_ text: String, path: String, to places: inout [Place]) throws(LexiconLoadError) {
        var position: [String: Int] = [:]
        for (index, place) in places.enumerated() { position[place.id] = index }
        var errors: [LexiconError] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where !line.isEmpty {
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard columns.count >= 4 else {
                errors.append(LexiconError(path, index + 1, "not a GeoNames alternate-names line (4 or more tab-separated columns)"))
                continue
            }
            guard let at = position[columns[1]], isUsableName(columns[3]) else { continue }
            let historic = columns.count > 7 && columns[7] == "1"
            if historic { continue }
            switch columns[2] {
            case "it": places[at].italian.append(columns[3])
            case "en": places[at].english.append(columns[3])
            default: break
            }
        }
        if !errors.isEmpty { throw LexiconLoadError(errors: errors) }
    }

    /// The `.gaz` text for `places`; `known` lists entity ids that exist, for `partOf` links to countries.
    public func lexiconText(_ places: [Place], source: String, known: Set<String>) -> String {
        var lines = [
            "# Generated by `gazzetta lexicon import geonames` from \(source).",
            "@lexicon: geonames",
            "@source: GeoNames (geonames.org), CC BY 4.0: \(source)",
            "",
        ]
        for place in places.sorted(by: { $0.id < $1.id }) {
            let kind = place.featureClass == "P" ? "city" : place.featureClass == "A" ? "region" : "place"
            let subtype = place.featureClass == "P" ? "city" : place.featureClass == "A" ? "region" : "site"
            let italianLabel = place.italian.first ?? place.name
            let englishLabel = place.english.first ?? place.name
            lines += [
                "[\(kind):\(slug(place.name))-\(place.id)]",
                "type = place",
                "subtype = \(subtype)",
                "label.it = \(italianLabel)",
                "label.en = \(englishLabel)",
                "code.geonames = \(place.id)",
            ]
            let common = LanguageData.wordsNeedingCaseRule
            func list(_ names: [String]) -> String {
                names.map { common.contains(MatchingKey.of($0)) ? $0 + " [cap]" : $0 }.joined(separator: " | ")
            }
            if !place.names.isEmpty { lines.append("name = \(list(place.names))") }
            if !place.italian.isEmpty { lines.append("name.it = \(list(place.italian))") }
            if !place.english.isEmpty { lines.append("name.en = \(list(place.english))") }
            if known.contains("country:\(place.country)") { lines.append("partOf = country:\(place.country)") }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }

    /// Names worth matching: not empty, not a code (digits, short all-capitals), no separators of the format.
    private func isUsableName(_ name: String) -> Bool {
        let letters = name.unicodeScalars.filter { $0.properties.isAlphabetic }
        guard letters.count >= 2, !name.contains("|"), !name.contains("["), !name.contains("http") else { return false }
        if name.unicodeScalars.contains(where: { ("0"..."9").contains($0) }) { return false }
        if letters.count <= 4 && letters.allSatisfy({ $0.properties.isUppercase }) { return false }
        return true
    }

    /// `Nur-Sultan` → `nur-sultan`; characters outside a-z 0-9 become `-`.
    private func slug(_ name: String) -> String {
        var result = ""
        for scalar in name.lowercased().unicodeScalars {
            if scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)) {
                result.unicodeScalars.append(scalar)
            } else if !result.hasSuffix("-") {
                result.append("-")
            }
        }
        let trimmed = result.split(separator: "-").joined(separator: "-")
        return trimmed.isEmpty ? "place" : trimmed
    }
}
