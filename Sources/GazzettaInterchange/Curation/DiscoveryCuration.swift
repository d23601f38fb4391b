import GazzettaModel

/// The curation loop: the names a corpus's annotations found that no lexicon has, by frequency, each with its
/// type, evidence, example sentences and a ready-to-edit `.gaz` record, so that an analyst turns a corpus into
/// lexicon entries by reading and trimming one file.
public struct DiscoveryCuration: Sendable {
    /// One discovered name across the corpus.
    public struct Name: Sendable, Hashable {
        public var entity: EntityID
        public var type: EntityType
        public var label: String
        public var mentions = 0
        public var documents: Set<String> = []
        /// The evidence notes, by how often each was seen.
        public var evidence: [DiscoveryEvidence: Int] = [:]
        /// The surnames used alone for it (persons).
        public var shortForms: Set<String> = []
        /// Up to `examples` sentences, with the document they come from.
        public var examples: [(document: String, sentence: String)] = []

        public static func == (a: Name, b: Name) -> Bool { a.entity == b.entity }
        public func hash(into hasher: inout Hasher) { hasher.combine(entity) }
    }

    /// How many example sentences each name keeps.
    public var examples = 2
    /// The fewest mentions a name needs to be listed.
    public var minimumMentions = 1

    public init(examples: Int = 2, minimumMentions: Int = 1) {
        self.examples = examples
        self.minimumMentions = minimumMentions
    }

    /// The discovered names of `documents`, most mentioned first (then by id).
    ///
    /// - Complexity: O(m) in the documents' mentions, plus sorting the names.
    public func names(in documents: [AnnotatedDocument]) -> [Name] {
        var byID: [EntityID: Name] = [:]
        for document in documents {
            let scalars = Array(document.text.unicodeScalars)
            for mention in document.mentions where mention.entity.isKind(.discovered) {
                var name = byID[mention.entity] ?? Name(entity: mention.entity, type: mention.type,
                                                        label: document.entities[mention.entity]?.label[.english] ?? mention.text)
                name.mentions += 1
                name.documents.insert(document.info.id)
                for note in mention.notes { if case let .evidence(evidence) = note { name.evidence[evidence, default: 0] += 1 } }
                if mention.role == .short { name.shortForms.insert(mention.text) }
                if name.examples.count < examples, mention.sentence < document.sentences.count, mention.role != .short {
                    let span = document.sentences[mention.sentence]
                    let sentence = String(String.UnicodeScalarView(scalars[max(0, span.start)..<min(scalars.count, span.end)]))
                    name.examples.append((document.info.id, sentence.split(whereSeparator: \.isNewline).joined(separator: " ")))
                }
                byID[mention.entity] = name
            }
        }
        return byID.values.filter { $0.mentions >= minimumMentions }
            .sorted { ($0.mentions, $1.entity) > ($1.mentions, $0.entity) }
    }

    /// A `.gaz` file of records to edit, one per name, each introduced by how often and why it was found.
    public func lexiconText(_ names: [Name], source: String) -> String {
        var lines = [
            "# Candidates for the lexicon, found in \(source) by `gazzetta lexicon curate`: names no lexicon has, most",
            "# mentioned first. Check each record, fix the labels (label.it for the Italian name), add codes and",
            "# relations, delete what is not worth keeping, and move the file into a lexicon folder.",
            "@lexicon: curated-from-corpus",
            "@source: \(source) (names found by Gazzetta's unknown-name pass)",
            "",
        ]
        for name in names {
            let evidence = name.evidence.keys.sorted { (name.evidence[$0]!, $1.rawValue) > (name.evidence[$1]!, $0.rawValue) }
                .map(\.rawValue).joined(separator: ", ")
            lines.append("# \(name.mentions) mention(s) in \(name.documents.count) document(s); evidence: \(evidence.isEmpty ? "none" : evidence)")
            for example in name.examples { lines.append("# e.g. (\(example.document)) \(example.sentence)") }
            lines += record(name)
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }

    /// The record a name would become, with the id kind and fields its type takes.
    private func record(_ name: Name) -> [String] {
        let parts = name.entity.rawValue.split(separator: ":")
        let slug = parts.count == 3 ? String(parts[2]) : String(name.entity.slug)
        let (kind, type, subtype): (String, String, String) = switch name.type {
        case .actor: ("person", "actor", "person")
        case .organisation: ("org", "organisation", "organisation")
        case .place: ("place", "place", "place")
        case .sector: ("sector", "sector", "sector")
        }
        var lines = ["[\(kind):\(slug)]", "type = \(type)", "subtype = \(subtype)",
                     "label.it = \(name.label)", "label.en = \(name.label)", "name = \(name.label)"]
        if !name.shortForms.isEmpty { lines.append("short = " + name.shortForms.sorted().joined(separator: " | ")) }
        return lines
    }
}
