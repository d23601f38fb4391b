import Testing
import GazzettaExport
import GazzettaTestSupport

/// `annotate` streams its JSON (#20): the pieces handed to the sink, in order, are the bytes of the whole
/// annotation, and none but the text's own value is much longer than the flush size, so the output is never
/// held whole.
@Suite struct StreamedJSONTests {
    @Test func streamedPiecesAreTheWholeJSONInOrder() throws {
        for article in try CorpusArticle.all().prefix(4) {
            let document = try article.annotate()
            for pretty in [false, true] {
                let whole = AnnotationJSON.utf8(document, pretty: pretty)
                var pieces: [[UInt8]] = []
                AnnotationJSON.stream(document, pretty: pretty, flushAt: 256) { pieces.append(Array($0)) }
                #expect(pieces.joined().elementsEqual(whole), "\(article): streamed JSON differs from the whole")
                #expect(pieces.count > whole.count / 1024, "\(article): \(pieces.count) pieces for \(whole.count) bytes")
                // A piece is the flush size plus one value; only the piece holding the document's text may be longer.
                let long = pieces.filter { $0.count > 256 + 4096 }
                #expect(long.count <= 1, "\(article): \(long.count) pieces longer than a value")
            }
        }
    }
}
