import Hummingbird
import NIOCore

/// Streams `/v1/annotate/jsonl`: reads the body as it comes, annotates each complete line as soon as it is
/// in (taking an annotator per line, so a slow stream never keeps one waiting for its next line), and
/// writes its output line before reading on — memory stays one line deep, order is kept.
struct JSONLinesStreamer: Sendable {
    let lines: JSONLinesAnnotator
    let state: ServiceState
    let body: RequestBody

    func run(into writer: inout any ResponseBodyWriter) async throws {
        let limit = state.configuration.maximumBodyBytes
        var pending: [UInt8] = []
        var number = 0
        var skippingLongLine = false
        for try await buffer in body {
            var chunk = buffer.readableBytesView[...]
            while let newline = chunk.firstIndex(of: 0x0A) {
                let piece = chunk[chunk.startIndex..<newline]
                chunk = chunk[chunk.index(after: newline)...]
                number += 1
                if skippingLongLine || pending.count + piece.count > limit {
                    skippingLongLine = false
                    pending.removeAll(keepingCapacity: true)
                    try await write(tooLong(number, limit), into: &writer)
                    continue
                }
                pending.append(contentsOf: piece)
                try await annotate(pending, number, into: &writer)
                pending.removeAll(keepingCapacity: true)
            }
            if skippingLongLine { continue }
            if pending.count + chunk.count > limit {
                skippingLongLine = true
                pending.removeAll(keepingCapacity: true)
            } else {
                pending.append(contentsOf: chunk)
            }
        }
        // A last line without its newline counts, as `readLine` gives it.
        if skippingLongLine {
            try await write(tooLong(number + 1, limit), into: &writer)
        } else if !pending.isEmpty {
            try await annotate(pending, number + 1, into: &writer)
        }
        try await writer.finish(nil)
    }

    /// Annotates one line (a trailing CR dropped, as `readLine` drops it) and writes what it came to.
    private func annotate(_ line: [UInt8], _ number: Int, into writer: inout any ResponseBodyWriter) async throws {
        let content = line.last == 0x0D ? line.dropLast() : line[...]
        let lines = self.lines
        let outcome = try await state.pool.withAnnotator { annotator in lines.annotate(line: content, number: number, with: annotator) }
        switch outcome {
        case .blank:
            return
        case .annotated(let json, let mentions):
            state.metrics.annotated(mentions: mentions)
            try await write(json, into: &writer)
        case .failed(let json):
            state.metrics.error(kind: "line")
            try await write(json, into: &writer)
        }
    }

    private func tooLong(_ number: Int, _ limit: Int) -> [UInt8] {
        state.metrics.error(kind: "line")
        return Array("{\"line\":\(number),\"id\":null,\"error\":\"line \(number): longer than the limit of \(limit) bytes\"}\n".utf8)
    }

    private func write(_ bytes: [UInt8], into writer: inout any ResponseBodyWriter) async throws {
        try await writer.write(ByteBuffer(bytes: bytes))
    }
}
