import GazzettaExport
import GazzettaModel

/// The interchange formats `gazzetta export` writes.
public enum ExportFormat: String, CaseIterable, Sendable {
    /// brat standoff: the `.ann` file (`T` lines with the type and span, `N` lines with the entity id).
    case brat
    /// Label Studio tasks with `predictions` (code-point offsets, as Label Studio counts).
    case labelstudio
    /// CoNLL-2003-style IOB (`token TAG`), one token per line, for training a statistical tagger.
    case conll
    /// W3C Web Annotation JSON-LD with TextPositionSelector and TextQuoteSelector.
    case w3c
    /// displaCy's manual format, with `kb_id`.
    case spacy
    /// Cooperation records as event data, CSV: date, source, target, CAMEO code, sector, sentence, document id.
    case events
    /// The same events as JSON Lines, one object per event.
    case eventsJSONL = "events-jsonl"

    /// The usual file ending.
    public var fileExtension: String {
        switch self {
        case .brat: return "ann"
        case .labelstudio, .w3c, .spacy: return "json"
        case .conll: return "conll"
        case .events: return "csv"
        case .eventsJSONL: return "jsonl"
        }
    }

    /// The export of `document`. `modelVersion` names the lexicon for Label Studio's predictions;
    /// `conllEntityColumn` adds the entity id as a middle CoNLL column.
    public func export(_ document: AnnotatedDocument, modelVersion: String = "gazzetta", conllEntityColumn: Bool = false) throws -> String {
        switch self {
        case .brat: return BratExporter().ann(document)
        case .labelstudio: return JSONWriter(pretty: true).string(.array([LabelStudioExporter().task(document, modelVersion: modelVersion)]))
        case .conll: return try CoNLLExporter(entityColumn: conllEntityColumn).export(document)
        case .w3c: return JSONWriter(pretty: true).string(W3CExporter().annotations(document))
        case .spacy: return JSONWriter(pretty: true).string(SpacyExporter().document(document))
        case .events: return EventExporter().csv(document)
        case .eventsJSONL: return EventExporter().jsonLines(document)
        }
    }
}
