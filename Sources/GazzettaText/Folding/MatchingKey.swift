import CICU

/// Matching keys: the form a token is compared by.
///
/// A key is the NFKC case fold of the token (ICU's NFKC_Casefold) with typographic apostrophes and dashes
/// unified to `'` and `-`. Keys are computed per token and never replace the text: a fold that changes
/// length (the Turkish *İ* folds to two code points) cannot shift any offset.
public enum MatchingKey {
    /// The key of `text`.
    public static func of(_ text: some StringProtocol) -> String {
        return of(utf8: Array(text.utf8))
    }

    /// The key of a token's UTF-8 bytes (see `of(utf8:)`).
    public static func of(bytes: ArraySlice<UInt8>) -> String {
        bytes.withUnsafeBufferPointer { of(utf8: $0) }
    }

    /// The key of the UTF-8 bytes in `buffer`, read in place: ASCII tokens (most of them) are folded here
    /// without a call into ICU, others through ICU in stack buffers.
    @inline(__always)
    public static func of(utf8 buffer: UnsafeBufferPointer<UInt8>) -> String {
        var isASCII = true
        for byte in buffer where byte >= 0x80 {
            isASCII = false
            break
        }
        guard isASCII else { return foldedInPlace(buffer) ?? of(utf8: Array(buffer)) }
        return String(unsafeUninitializedCapacity: buffer.count) { out in
            for index in 0..<buffer.count { out[index] = asciiKey(buffer[index]) }
            return buffer.count
        }
    }

    /// The key of a non-ASCII token built in stack buffers: punctuation unified, ICU's fold, unified again,
    /// one String made at the end (no heap allocation for a key of up to 15 bytes). `nil` when the token
    /// is too long for the buffers or ICU fails: the caller takes the general path.
    private static func foldedInPlace(_ buffer: UnsafeBufferPointer<UInt8>) -> String? {
        let capacity = 128
        guard buffer.count <= capacity / 4 else { return nil }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 2 * capacity) { scratch -> String? in
            let unified = UnsafeMutableBufferPointer(rebasing: scratch[0..<capacity])
            let folded = UnsafeMutableBufferPointer(rebasing: scratch[capacity..<2 * capacity])
            let unifiedCount = unifyUTF8(buffer, into: unified)
            let foldedCount = Int(gz_fold_utf8(unified.baseAddress, Int32(unifiedCount), folded.baseAddress, Int32(capacity)))
            guard foldedCount >= 0, foldedCount <= capacity else { return nil }
            // A fold can bring back a typographic form (NFKC of U+FF07 is '): unify once more, into the
            // first buffer (the fold's output is no longer than `capacity`, and unifying never grows it).
            let count = unifyUTF8(UnsafeBufferPointer(rebasing: folded[0..<foldedCount]), into: unified)
            return String(decoding: UnsafeBufferPointer(rebasing: unified[0..<count]), as: UTF8.self)
        }
    }

    /// Copies valid UTF-8 from `source` into `target` with apostrophes and dashes unified (see `unify`);
    /// returns the bytes written, never more than `source.count`.
    private static func unifyUTF8(_ source: UnsafeBufferPointer<UInt8>, into target: UnsafeMutableBufferPointer<UInt8>) -> Int {
        var read = 0, written = 0
        while read < source.count {
            let lead = source[read]
            let width = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
            var scalar = width == 1 ? UInt32(lead) : UInt32(lead) & (0xFF >> (width + 1))
            for offset in 1..<max(1, width) where read + offset < source.count {
                scalar = scalar << 6 | UInt32(source[read + offset] & 0x3F)
            }
            let unified = Unicode.Scalar(scalar).map(unify)
            if let unified, unified.value < 0x80, unified.value != scalar {
                target[written] = UInt8(unified.value)
                written += 1
            } else {
                for offset in 0..<width where read + offset < source.count {
                    target[written] = source[read + offset]
                    written += 1
                }
            }
            read += width
        }
        return written
    }

    /// The form the exact case rule compares: NFKC (full-width and mathematical letters lose their style,
    /// not their case), apostrophes and dashes unified. ASCII text is returned as it is, unified.
    public static func exactForm(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return unifiedPunctuation(text) }
        guard let normalized = normalize(Array(text.utf8), with: gz_nfkc_utf8) else { return unifiedPunctuation(text) }
        // Keys drop invisible characters (NFKC_Casefold does); so must the exact form: NA\u{AD}TO is NATO.
        return unifiedPunctuation(String(String.UnicodeScalarView(normalized.unicodeScalars.filter {
            !$0.properties.isDefaultIgnorableCodePoint
        })))
    }

    /// The exact-case form of a token for `exact` and `cap` case rules: apostrophes and dashes unified,
    /// nothing else changed.
    public static func unifiedPunctuation(_ text: some StringProtocol) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { scalars.append(unify(scalar)) }
        return String(scalars)
    }

    private static func of(utf8 bytes: [UInt8]) -> String {
        let unified = unifiedPunctuation(String(decoding: bytes, as: UTF8.self))
        guard let folded = normalize(Array(unified.utf8), with: gz_fold_utf8) else { return unified.lowercased() }
        // A fold can bring back a typographic form (NFKC of U+FF07 is '), so unify once more.
        return unifiedPunctuation(folded)
    }

    /// `source` run through one of ICU's normalizers in CICU (`gz_fold_utf8`, `gz_nfkc_utf8`), growing the
    /// output buffer once when ICU asks for more; `nil` when ICU fails.
    private static func normalize(_ source: [UInt8],
                                  with normalizer: (UnsafePointer<UInt8>?, Int32, UnsafeMutablePointer<UInt8>?, Int32) -> Int32) -> String? {
        var out = [UInt8](repeating: 0, count: source.count * 3 + 16)
        var needed = normalizer(source, Int32(source.count), &out, Int32(out.count))
        if needed > out.count {
            out = [UInt8](repeating: 0, count: Int(needed))
            needed = normalizer(source, Int32(source.count), &out, Int32(out.count))
        }
        guard needed >= 0 else { return nil }
        return String(decoding: out[0..<Int(needed)], as: UTF8.self)
    }

    /// The key of two keys' words joined into one (a word rejoined across a line-end hyphen or an invisible
    /// character). Keys are compared byte for byte, so they must stay composed (NFC) as the fold leaves them:
    /// two composed keys end to end need not be (a Korean syllable split into its jamo), and are folded again.
    public static func joined(_ first: String, _ second: String) -> String {
        let joined = first + second
        return joined.utf8.allSatisfy { $0 < 0x80 } ? joined : of(joined)
    }

    /// Whether a key holds an apostrophe (keys have one form of it, `'`): a scan of its bytes in place,
    /// not the generic `contains` of a String view.
    @inline(__always)
    public static func hasApostrophe(_ key: String) -> Bool {
        var key = key
        return key.withUTF8 { $0.contains(0x27) }
    }

    @inline(__always)
    private static func asciiKey(_ byte: UInt8) -> UInt8 {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): return byte + 32
        case UInt8(ascii: "`"): return UInt8(ascii: "'")
        default: return byte
        }
    }

    /// Apostrophes (’ ‘ ‛ ′ ʼ ` ＇) to `'`; hyphens and dashes (‐ ‑ ‒ – — ― − ﹣ －) to `-`.
    @inline(__always)
    static func unify(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0x2019, 0x2018, 0x201B, 0x2032, 0x02BC, 0x0060, 0xFF07: return "'"
        case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xFE63, 0xFF0D: return "-"
        default: return scalar
        }
    }

}
