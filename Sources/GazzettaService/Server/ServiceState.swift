/// What every route shares: the configuration, the annotators, the reloader and the metrics.
struct ServiceState: Sendable {
    let configuration: ServiceConfiguration
    let pool: AnnotatorPool
    let reloader: LexiconReloader
    let metrics: ServiceMetrics
}
