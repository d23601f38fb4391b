import Testing
@testable import GazzettaText

/// The UTF-8 byte offset of `needle` in the decoded text.
func utf8Offset(of needle: String, in text: SourceText) -> Int {
    let bytes = text.utf8, target = Array(needle.utf8)
    return (0...(bytes.count - target.count)).first { Array(bytes[$0..<$0 + target.count]) == target }!
}

@Suite struct DocumentDecoderTests {
    /// *dell’Asia* written in Windows-1252 (0x92 is ’) and *è* (0xE8).
    static let cp1252: [UInt8] = Array("<p>La sicurezza dell".utf8) + [0x92] + Array("Asia Centrale ".utf8) + [0xE8]
        + Array(" cresciuta a Mosca.</p>".utf8)

    @Test func anUndeclaredLegacyPageIsDetectedAndMapsBackToItsBytes() throws {
        let decoded = try DocumentDecoder().decode(Self.cp1252, source: "p.html", format: .html)
        #expect(decoded.text.string == "La sicurezza dell’Asia Centrale è cresciuta a Mosca.")
        #expect(decoded.notes.first?.hasPrefix("decoded from") == true)
        let start = utf8Offset(of: "Mosca", in: decoded.text)
        let range = try #require(decoded.sourceRange(utf8Start: start, utf8End: start + 5))
        #expect(String(decoding: Self.cp1252[range], as: UTF8.self) == "Mosca")
    }

    @Test func aDeclaredCharsetIsHonoured() throws {
        let page = Array("<html><head><meta charset=\"windows-1252\"></head><body>".utf8) + Self.cp1252 + Array("</body></html>".utf8)
        let decoded = try DocumentDecoder().decode(page, source: "p.html", format: .html)
        #expect(decoded.encoding == "windows-1252")
        #expect(decoded.text.string.contains("dell’Asia Centrale è"))
    }

    @Test func strictUTF8RefusesALegacyPageAndLossyMapsNothing() throws {
        #expect(throws: TextDecodingError.invalidUTF8(source: "p.html", byteOffset: 20)) {
            try DocumentDecoder(encoding: .utf8).decode(Self.cp1252, source: "p.html", format: .html)
        }
        let lossy = try DocumentDecoder(encoding: .utf8, lossy: true).decode(Array("\u{E9} Mosca".utf8.dropFirst()) + Array(" Mosca".utf8),
                                                                            source: "x.txt", format: .text)
        #expect(lossy.notes == ["invalid UTF-8 replaced with U+FFFD"])
        #expect(lossy.sourceRange(utf8Start: 4, utf8End: 9) == nil)
    }

    /// `--lossy` only replaces what cannot be decoded: a Latin-1 file is still detected and read as Latin-1
    /// (it became U+FFFD), and broken UTF-8 that no detector can read is still replaced.
    @Test func lossyKeepsCharsetDetection() throws {
        let latin1 = Array("La citt".utf8) + [0xE0] + Array(" di Astana e la Cina, nella capitale del Kazakhstan.".utf8)
        let decoded = try DocumentDecoder(lossy: true).decode(latin1, source: "l.txt", format: .text)
        #expect(decoded.text.string.hasPrefix("La città di Astana"), "\(decoded.text.string)")
        #expect(decoded.notes.first?.hasPrefix("decoded from ISO-8859-1 (detected") == true, "\(decoded.notes)")
        let broken = Array("Città è".utf8) + [0xC3] + Array(" di Astana".utf8)
        let replaced = try DocumentDecoder(lossy: true).decode(broken, source: "b.txt", format: .text)
        #expect(replaced.notes == ["invalid UTF-8 replaced with U+FFFD"])
    }

    @Test func aBOMShiftsSourceBytesButNotOffsets() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("Città di Mosca".utf8)
        let decoded = try DocumentDecoder().decode(bytes, source: "b.txt", format: .text)
        let start = utf8Offset(of: "Mosca", in: decoded.text)
        let range = try #require(decoded.sourceRange(utf8Start: start, utf8End: start + 5))
        #expect(String(decoding: bytes[range], as: UTF8.self) == "Mosca")
    }

    @Test func markdownWithCRLFDropsItsRules() throws {
        let markdown = Array("# Titolo\r\n\r\nLa **Cina**.\r\n---\r\nFine.\r\n".utf8)
        let decoded = try DocumentDecoder().decode(markdown, source: "m.md", format: .markdown)
        #expect(!decoded.text.string.contains("---"))
        #expect(decoded.text.string.contains("La Cina."))
    }

    @Test func oversizedAndPDFInputsAreRefusedByName() {
        #expect(throws: TextDecodingError.tooLarge(source: "big.txt", bytes: 11, limit: 10)) {
            try DocumentDecoder(maximumBytes: 10).decode(Array("Kazakhstan!".utf8), source: "big.txt", format: .text)
        }
        #expect(throws: TextDecodingError.pdf(source: "a.pdf")) {
            try DocumentDecoder().decode(Array("%PDF-1.7 ...".utf8), source: "a.pdf", format: .text)
        }
    }
}

@Suite struct GivenEncodingTests {
    @Test func bytesAGivenEncodingCannotHoldAreAnErrorOrWithLossyCountedInANote() throws {
        // 0x81 0x20 is a Shift_JIS lead byte with no valid trail byte.
        let bytes = Array("Cina ".utf8) + [0x81, 0x20] + Array("Russia".utf8)
        #expect(throws: TextDecodingError.doesNotFit(source: "s.txt", encoding: "Shift_JIS", sequences: 1)) {
            try DocumentDecoder(encoding: .named("Shift_JIS")).decode(bytes, source: "s.txt", format: .text)
        }
        let decoded = try DocumentDecoder(encoding: .named("Shift_JIS"), lossy: true).decode(bytes, source: "s.txt", format: .text)
        #expect(decoded.notes.contains("1 byte sequence(s) not valid in Shift_JIS were replaced"), "\(decoded.notes) \(decoded.text.string)")
        let clean = try DocumentDecoder(encoding: .named("windows-1252")).decode(Array("Citt".utf8) + [0xE0], source: "c.txt", format: .text)
        #expect(clean.notes == ["decoded from windows-1252 (given)"] && clean.text.string == "Città")
    }
}

@Suite struct WideUnicodeTests {
    static let text = "Mosca e Pechino: 🇰🇿 città"

    static func encoded(_ form: String, bom: Bool) -> [UInt8] {
        var bytes: [UInt8] = []
        let littleEndian = form.hasSuffix("LE")
        if form.hasPrefix("UTF-16") {
            if bom { bytes += littleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF] }
            for unit in text.utf16 { bytes += littleEndian ? [UInt8(unit & 0xFF), UInt8(unit >> 8)] : [UInt8(unit >> 8), UInt8(unit & 0xFF)] }
        } else {
            if bom { bytes += littleEndian ? [0xFF, 0xFE, 0, 0] : [0, 0, 0xFE, 0xFF] }
            for scalar in text.unicodeScalars {
                let value = scalar.value
                let big = [UInt8(value >> 24), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)]
                bytes += littleEndian ? big.reversed() : big
            }
        }
        return bytes
    }

    @Test(arguments: ["UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE"])
    func wideFormsDecodeGivenOrByTheirByteOrderMark(_ form: String) throws {
        for bom in [false, true] {
            let bytes = Self.encoded(form, bom: bom)
            let given = try DocumentDecoder(encoding: .named(form)).decode(bytes, source: "w.txt", format: .text)
            #expect(given.text.string == Self.text, "\(form) bom \(bom)")
            // The generic names find the byte order themselves.
            let generic = form.hasPrefix("UTF-16") ? "utf-16" : "utf-32"
            #expect(try DocumentDecoder(encoding: .named(generic)).decode(bytes, source: "w.txt", format: .text).text.string == Self.text)
            if bom {
                let detected = try DocumentDecoder().decode(bytes, source: "w.txt", format: .text)
                #expect(detected.text.string == Self.text && detected.encoding == form)
            }
        }
    }

    @Test func aDeclaredWideEncodingThatDoesNotFitIsAnErrorUnlessLossy() throws {
        // A UTF-8 file read as UTF-32: 25 bytes (not a whole number of units), code units beyond U+10FFFF.
        let utf8 = Array("Mosca e Pechino, città.!!".utf8)
        #expect(throws: TextDecodingError.doesNotFit(source: "u.txt", encoding: "UTF-32BE", sequences: nil)) {
            try DocumentDecoder(encoding: .named("utf-32")).decode(utf8, source: "u.txt", format: .text)
        }
        // A lone surrogate in UTF-16LE.
        let lone = Self.encoded("UTF-16LE", bom: false) + [0x00, 0xD8] + Array("a\0".utf8)
        #expect(throws: TextDecodingError.doesNotFit(source: "s.txt", encoding: "UTF-16LE", sequences: nil)) {
            try DocumentDecoder(encoding: .named("UTF-16LE")).decode(lone, source: "s.txt", format: .text)
        }
        let replaced = try DocumentDecoder(encoding: .named("UTF-16LE"), lossy: true).decode(lone, source: "s.txt", format: .text)
        #expect(replaced.text.string == Self.text + "\u{FFFD}a")
        #expect(replaced.notes.contains("1 code unit(s) not valid in UTF-16LE were replaced"))
    }
}
