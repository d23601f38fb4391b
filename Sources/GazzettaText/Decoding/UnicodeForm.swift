/// UTF-16 and UTF-32, in either byte order: found by their byte order mark or given by name, decoded
/// strictly (an odd length, a lone surrogate or a code point beyond U+10FFFF is an error unless lossy).
///
/// ICU could convert them, but it replaces what does not fit without a word; and the NUL bytes these forms
/// are full of would otherwise have the file taken for binary.
enum UnicodeForm: String, CaseIterable, Sendable {
    case utf16LE = "UTF-16LE", utf16BE = "UTF-16BE", utf32LE = "UTF-32LE", utf32BE = "UTF-32BE"

    /// Bytes per code unit.
    var unitSize: Int { self == .utf16LE || self == .utf16BE ? 2 : 4 }
    private var littleEndian: Bool { self == .utf16LE || self == .utf32LE }

    /// The byte order mark of this form.
    var byteOrderMark: [UInt8] {
        switch self {
        case .utf16LE: return [0xFF, 0xFE]
        case .utf16BE: return [0xFE, 0xFF]
        case .utf32LE: return [0xFF, 0xFE, 0x00, 0x00]
        case .utf32BE: return [0x00, 0x00, 0xFE, 0xFF]
        }
    }

    /// The form whose byte order mark `bytes` start with (UTF-32LE's is tried before UTF-16LE's, its prefix).
    static func marked(_ bytes: [UInt8]) -> UnicodeForm? {
        [.utf32LE, .utf32BE, .utf16LE, .utf16BE].first { bytes.starts(with: $0.byteOrderMark) }
    }

    /// Whether `name` names UTF-16 or UTF-32 (`utf-16`, `UTF16LE`, `utf-32be`…).
    static func isWide(_ name: String) -> Bool {
        let key = name.lowercased().replacingOccurrences(of: "-", with: "").replacingOccurrences(of: "_", with: "")
        return key.hasPrefix("utf16") || key.hasPrefix("utf32") || key == "ucs2" || key == "ucs4"
    }

    /// The form `name` gives for `bytes`: the byte order it states; for plain `utf-16` or `utf-32`, the byte
    /// order mark's, else the order in which ASCII text's zero bytes fall (little-endian: after each letter).
    static func named(_ name: String, for bytes: [UInt8]) -> UnicodeForm? {
        let key = name.lowercased().replacingOccurrences(of: "-", with: "").replacingOccurrences(of: "_", with: "")
        switch key {
        case "utf16le": return .utf16LE
        case "utf16be": return .utf16BE
        case "utf32le": return .utf32LE
        case "utf32be": return .utf32BE
        case "utf16", "ucs2", "utf32", "ucs4":
            let wide = key == "utf32" || key == "ucs4"
            if let marked = marked(bytes), (marked.unitSize == 4) == wide { return marked }
            var zerosFirst = 0, zerosLast = 0
            let size = wide ? 4 : 2
            var index = 0
            while index + size <= bytes.count {
                if bytes[index] == 0 { zerosFirst += 1 }
                if bytes[index + size - 1] == 0 { zerosLast += 1 }
                index += size
            }
            if wide { return zerosLast > zerosFirst ? .utf32LE : .utf32BE }
            return zerosLast > zerosFirst ? .utf16LE : .utf16BE
        default: return nil
        }
    }

    /// `bytes` (after any byte order mark) as UTF-8 and the number of replacements made; `nil` when they do
    /// not fit this form and `lossy` is off.
    func decode(_ bytes: ArraySlice<UInt8>, lossy: Bool) -> (utf8: [UInt8], replaced: Int)? {
        let whole = bytes.count / unitSize * unitSize
        var replaced = whole == bytes.count ? 0 : 1
        if replaced > 0 && !lossy { return nil }
        var units: [UInt32] = []
        units.reserveCapacity(whole / unitSize)
        var index = bytes.startIndex
        while index < bytes.startIndex + whole {
            var unit: UInt32 = 0
            for offset in 0..<unitSize {
                let byte = UInt32(bytes[index + (littleEndian ? unitSize - 1 - offset : offset)])
                unit = unit << 8 | byte
            }
            units.append(unit)
            index += unitSize
        }
        var scalars = String.UnicodeScalarView()
        if unitSize == 2 {
            var iterator = units.lazy.map { UInt16(truncatingIfNeeded: $0) }.makeIterator()
            var parser = Unicode.UTF16.ForwardParser()
            loop: while true {
                switch parser.parseScalar(from: &iterator) {
                case .valid(let encoded): scalars.append(Unicode.UTF16.decode(encoded))
                case .error: replaced += 1; scalars.append("\u{FFFD}")
                case .emptyInput: break loop
                }
            }
        } else {
            for unit in units {
                if let scalar = Unicode.Scalar(unit) { scalars.append(scalar) } else { replaced += 1; scalars.append("\u{FFFD}") }
            }
        }
        if replaced > 0 && !lossy { return nil }
        if whole != bytes.count { scalars.append("\u{FFFD}") }
        return (Array(String(scalars).utf8), replaced)
    }
}
