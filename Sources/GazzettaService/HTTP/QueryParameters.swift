import Hummingbird

extension Request {
    /// The query's parameters, percent-decoded; the last one wins when a name repeats.
    var queryDictionary: [String: String] {
        var result: [String: String] = [:]
        for (key, value) in uri.queryParameters { result[String(key)] = String(value) }
        return result
    }
}
