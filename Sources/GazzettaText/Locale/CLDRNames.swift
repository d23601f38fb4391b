import CICU

/// CLDR's display names of countries, as ICU carries them.
public enum CLDRNames {
    /// ICU's version (its CLDR data goes with it): for a generated lexicon's `@source`.
    public static let icuVersion: String = String(cString: gz_icu_version())

    /// The ISO 3166-1 alpha-2 codes ICU knows, sorted.
    public static func countryCodes() -> [String] {
        var codes: [String] = []
        guard var pointer = gz_iso_countries() else { return codes }
        while let code = pointer.pointee {
            codes.append(String(cString: code))
            pointer += 1
        }
        return codes.sorted()
    }

    /// CLDR's name of `region` in `locale` (`it`, `en`), or `nil` when CLDR has none.
    public static func countryName(_ region: String, in locale: String) -> String? {
        var buffer = [UInt8](repeating: 0, count: 256)
        let length = gz_display_country(region, locale, &buffer, Int32(buffer.count))
        guard length > 0, Int(length) <= buffer.count else { return nil }
        return String(decoding: buffer[0..<Int(length)], as: UTF8.self)
    }
}
