import HTTPTypes
import Hummingbird

/// Reads a request body whole, within a size limit and a deadline.
enum BodyReader {
    /// The body's bytes; 413 when it is (or says it is) over `limit`, 408 when it has not all come within `timeout`.
    static func collect(_ request: Request, limit: Int, timeout: Duration) async throws -> [UInt8] {
        if let declared = request.headers[.contentLength].flatMap(Int.init), declared > limit { throw ServiceError.tooLarge(limit: limit) }
        let body = request.body
        return try await withDeadline(timeout) {
            var bytes: [UInt8] = []
            for try await buffer in body {
                if bytes.count + buffer.readableBytes > limit { throw ServiceError.tooLarge(limit: limit) }
                bytes.append(contentsOf: buffer.readableBytesView)
            }
            return bytes
        }
    }

    /// `work`'s result, or 408 if it has not finished after `timeout` (it is then cancelled).
    static func withDeadline<T: Sendable>(_ timeout: Duration, _ work: @escaping @Sendable () async throws -> T) async throws -> T {
        try await withThrowingTaskGroup(of: T?.self) { group in
            group.addTask { try await work() }
            group.addTask {
                try await Task.sleep(for: timeout)
                return nil
            }
            defer { group.cancelAll() }
            guard let first = try await group.next(), let result = first else {
                throw ServiceError(.requestTimeout, code: "timeout", "the request body did not arrive within \(timeout)")
            }
            return result
        }
    }
}
