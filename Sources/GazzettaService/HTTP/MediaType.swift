import Foundation

/// A request's `Content-Type`, split into its type and its `charset`.
struct MediaType: Equatable {
    /// `type/subtype`, lowercased.
    var type: String
    /// The `charset` parameter, if given.
    var charset: String?

    /// `nil` when the header is missing or empty.
    init?(_ header: String?) {
        guard let header else { return nil }
        let parts = header.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
        guard let first = parts.first, !first.isEmpty else { return nil }
        type = first.lowercased()
        for parameter in parts.dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            if pair.count == 2, pair[0].lowercased() == "charset" { charset = pair[1].trimmingCharacters(in: CharacterSet(charactersIn: "\"")) }
        }
    }
}
