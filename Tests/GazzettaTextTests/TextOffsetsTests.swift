import Testing
import GazzettaText

@Suite struct TextOffsetsTests {
    /// An accent (2 bytes), CJK (3 bytes each), a combining mark (its own code point) and a flag (two
    /// regional indicators beyond U+FFFF: 4 bytes and 2 UTF-16 units each).
    static let mixed = "Città 北京 e\u{301} 🇮🇹!"

    @Test func pinsEveryBoundaryOfAMixedText() {
        let offsets = TextOffsets(Self.mixed)
        let utf8: [Int] = [0, 1, 2, 3, 4, 6, 7, 10, 13, 14, 15, 17, 18, 22, 26, 27]
        let utf16: [Int] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 14, 16, 17]
        #expect((offsets.scalarCount, offsets.utf8Count, offsets.utf16Count) == (15, 27, 17))
        for scalar in 0...15 {
            #expect(offsets.utf8Offset(ofScalar: scalar) == utf8[scalar], "scalar \(scalar)")
            #expect(offsets.utf16Offset(ofScalar: scalar) == utf16[scalar], "scalar \(scalar)")
            #expect(offsets.scalarOffset(ofUTF8: utf8[scalar]) == scalar, "byte \(utf8[scalar])")
            #expect(offsets.scalarOffset(ofUTF16: utf16[scalar]) == scalar, "unit \(utf16[scalar])")
        }
    }

    @Test func aByteInsideASequenceCountsItsCodePointAndAUnitInsideAPairIsNoOffset() {
        let offsets = TextOffsets(Self.mixed)
        #expect(offsets.scalarOffset(ofUTF8: 5) == 5)   // second byte of à
        #expect(offsets.scalarOffset(ofUTF8: 8) == 7)   // inside 北
        #expect(offsets.scalarOffset(ofUTF8: 21) == 13) // last byte of 🇮
        #expect(offsets.scalarOffset(ofUTF8: 99) == 15)
        #expect(offsets.scalarOffset(ofUTF16: 13) == nil) // between the surrogates of 🇮
        #expect(offsets.scalarOffset(ofUTF16: 15) == nil) // and of 🇹
        #expect(offsets.scalarOffset(ofUTF16: 18) == nil)
        #expect(offsets.scalarOffset(ofUTF16: -1) == nil)
    }

    @Test func offsetsOutsideTheTextAreClamped() {
        let offsets = TextOffsets(Self.mixed)
        #expect(offsets.utf8Offset(ofScalar: -3) == 0 && offsets.utf16Offset(ofScalar: -3) == 0)
        #expect(offsets.utf8Offset(ofScalar: 40) == 27 && offsets.utf16Offset(ofScalar: 40) == 17)
    }

    @Test func agreesWithTheStandardLibrarysViewsOnEmojiAndScripts() {
        let texts = ["", "a", "😀", "😀😀a", "a😀", "👩🏽‍🚀 in orbita", "Erdoğan e Ü\u{308}", "𝔸𝔹 ℂ", "東京と北京、上海",
                     "Кыргызстан — Бишкек", "l’Asia, la \u{1F1F0}\u{1F1FF}", Self.mixed]
        for text in texts {
            let offsets = TextOffsets(text)
            #expect(offsets == TextOffsets(utf8: Array(text.utf8)), "\(text)")
            let scalars = text.unicodeScalars
            #expect(offsets.scalarCount == scalars.count && offsets.utf8Count == text.utf8.count
                    && offsets.utf16Count == text.utf16.count, "\(text)")
            var index = scalars.startIndex
            for scalar in 0...scalars.count {
                let utf8 = text.utf8.distance(from: text.startIndex, to: index)
                let utf16 = text.utf16.distance(from: text.startIndex, to: index)
                #expect(offsets.utf8Offset(ofScalar: scalar) == utf8, "\(text) scalar \(scalar)")
                #expect(offsets.utf16Offset(ofScalar: scalar) == utf16, "\(text) scalar \(scalar)")
                #expect(offsets.scalarOffset(ofUTF8: utf8) == scalar, "\(text) byte \(utf8)")
                #expect(offsets.scalarOffset(ofUTF16: utf16) == scalar, "\(text) unit \(utf16)")
                if index < scalars.endIndex { index = scalars.index(after: index) }
            }
        }
    }

    @Test func theCursorCountsAsTheTableDoesAndRestartsWhenItStepsBack() {
        let bytes = Array(Self.mixed.utf8)
        let offsets = TextOffsets(utf8: bytes)
        var cursor = TextOffsets.Cursor(bytes)
        for byte in [0, 4, 6, 7, 13, 18, 22, 27] {
            #expect(cursor.scalarOffset(ofByte: byte) == offsets.scalarOffset(ofUTF8: byte), "byte \(byte)")
        }
        #expect(cursor.scalarOffset(ofByte: 10) == 7)
        #expect(TextOffsets.countScalars(bytes, 7, 13) == 2)
    }

    @Test func slicesByCodePoints() {
        #expect(Self.mixed.scalarSlice(6, 8) == "北京")
        #expect(Self.mixed.scalarSlice(9, 11) == "e\u{301}")
        #expect(Self.mixed.scalarSlice(12, 14) == "🇮🇹")
        #expect(Self.mixed.scalarSlice(15, 15) == "")
    }
}
