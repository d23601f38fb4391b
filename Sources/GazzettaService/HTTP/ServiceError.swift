import GazzettaExport
import HTTPTypes
import Hummingbird

/// An error a request is answered with: an HTTP status and a JSON body `{"error": {"status", "code", "message"}}`.
///
/// `code` is a stable word a client can branch on (`invalid-utf8`, `bad-json`, `too-large`…); `message` says
/// what was wrong in words, naming the part of the request (the field, the byte offset).
public struct ServiceError: Error, HTTPResponseError, CustomStringConvertible {
    /// The HTTP status.
    public let status: HTTPResponse.Status
    /// A stable, machine-readable word for the kind of error.
    public let code: String
    /// What was wrong, for a person.
    public let message: String

    /// An error answered with `status`.
    public init(_ status: HTTPResponse.Status, code: String, _ message: String) {
        self.status = status
        self.code = code
        self.message = message
    }

    /// `STATUS code: message`, for logs.
    public var description: String { "\(status.code) \(code): \(message)" }

    /// The JSON body, newline-terminated.
    public var body: [UInt8] {
        let value = JSONValue.object([("error", .object([
            ("status", .int(status.code)), ("code", .string(code)), ("message", .string(message)),
        ]))])
        return Array(JSONWriter(pretty: false).string(value).utf8)
    }

    /// The response: the status, the JSON body, and for 401 the `WWW-Authenticate` challenge.
    public func response(from request: Request, context: some RequestContext) throws -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "application/json; charset=utf-8"
        if status == .unauthorized { headers[.wwwAuthenticate] = "Bearer realm=\"gazzetta\"" }
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: body)))
    }
}

extension ServiceError {
    static func badRequest(_ code: String, _ message: String) -> ServiceError { ServiceError(.badRequest, code: code, message) }

    static func notFound(_ message: String) -> ServiceError { ServiceError(.notFound, code: "not-found", message) }

    static func unsupportedMediaType(_ given: String?) -> ServiceError {
        ServiceError(.unsupportedMediaType, code: "unsupported-media-type",
                     "Content-Type \(given.map { "'\($0)'" } ?? "missing"): send text/plain, text/html, text/markdown or application/json")
    }

    static func tooLarge(limit: Int) -> ServiceError {
        ServiceError(.contentTooLarge, code: "too-large", "the request body is over the limit of \(limit) bytes")
    }
}
