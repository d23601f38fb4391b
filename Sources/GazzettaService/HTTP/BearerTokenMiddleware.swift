import Foundation
import HTTPTypes
import Hummingbird

/// Refuses requests without the service's token, except `GET /health` (load balancers and Label Studio's
/// connection check call it without credentials).
///
/// Accepts `Authorization: Bearer TOKEN`, and `Basic` with TOKEN as the password (any user name): Label
/// Studio's ML backend settings can send only Basic credentials.
struct BearerTokenMiddleware<Context: RequestContext>: RouterMiddleware {
    let token: String

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        if request.uri.path == "/health" || authorized(request.headers[.authorization]) {
            return try await next(request, context)
        }
        throw ServiceError(.unauthorized, code: "unauthorized", "this server wants Authorization: Bearer TOKEN")
    }

    private func authorized(_ header: String?) -> Bool {
        guard let header, let space = header.firstIndex(of: " ") else { return false }
        let scheme = header[..<space].lowercased(), credentials = header[header.index(after: space)...].trimmingCharacters(in: .whitespaces)
        switch scheme {
        case "bearer":
            return constantTimeEqual(Array(credentials.utf8), Array(token.utf8))
        case "basic":
            guard let data = Data(base64Encoded: credentials), let pair = String(data: data, encoding: .utf8),
                  let colon = pair.firstIndex(of: ":") else { return false }
            return constantTimeEqual(Array(pair[pair.index(after: colon)...].utf8), Array(token.utf8))
        default:
            return false
        }
    }

    /// Compares without stopping at the first difference, so the time taken does not tell how much was right.
    private func constantTimeEqual(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        var difference = UInt8(a.count == b.count ? 0 : 1)
        for index in 0..<max(a.count, b.count) {
            difference |= (index < a.count ? a[index] : 0) ^ (index < b.count ? b[index] : 0)
        }
        return difference == 0
    }
}
