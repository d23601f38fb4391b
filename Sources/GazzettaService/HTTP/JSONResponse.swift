import GazzettaExport
import HTTPTypes
import Hummingbird

/// Responses whose body is JSON the service wrote itself (keys in a fixed order, as everywhere in Gazzetta).
enum JSONResponse {
    /// `bytes` (already JSON) with status `status`.
    static func bytes(_ bytes: [UInt8], status: HTTPResponse.Status = .ok, contentType: String = "application/json; charset=utf-8") -> Response {
        var headers = HTTPFields()
        headers[.contentType] = contentType
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    /// `value` written compactly, newline-terminated.
    static func value(_ value: JSONValue, status: HTTPResponse.Status = .ok) -> Response {
        bytes(Array(JSONWriter(pretty: false).string(value).utf8), status: status)
    }
}
