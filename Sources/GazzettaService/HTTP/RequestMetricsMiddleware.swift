import HTTPTypes
import Hummingbird

/// Counts every request by method, route and status, times it, and turns errors into their responses here
/// (so the status counted is the one sent).
struct RequestMetricsMiddleware<Context: RequestContext>: RouterMiddleware {
    let metrics: ServiceMetrics

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let started = ContinuousClock.now
        let response: Response
        var matched = true
        do {
            response = try await next(request, context)
        } catch let error as ServiceError {
            response = try error.response(from: request, context: context)
        } catch let error as HTTPError {
            matched = false
            // The router's own errors (no such route, method not allowed) get the same JSON body as ours.
            let words = error.status.reasonPhrase.lowercased().split(separator: " ").joined(separator: "-")
            let message = error.body ?? "\(request.method.rawValue) \(request.uri.path): \(error.status.reasonPhrase)"
            response = try ServiceError(error.status, code: words, message).response(from: request, context: context)
        } catch {
            response = try ServiceError(.internalServerError, code: "internal", "\(error)").response(from: request, context: context)
        }
        metrics.request(method: request.method.rawValue, route: matched ? context.endpointPath ?? "unmatched" : "unmatched",
                        status: response.status.code, duration: ContinuousClock.now - started)
        return response
    }
}
