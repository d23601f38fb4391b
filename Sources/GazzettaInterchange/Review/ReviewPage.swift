import GazzettaExport
import GazzettaModel

/// A self-contained HTML page (no network resources) for reviewing one annotated document: the text with
/// its mentions highlighted by type, a legend, filters by type, a panel with each mention's entity, labels,
/// role, form and alternatives, and a side list of entities and sectors whose items highlight all their
/// mentions. Every piece of the document is escaped, bidi controls are shown rather than obeyed, every link
/// the page builds from a file name is a relative percent-encoded path; the only absolute links are to
/// Wikidata, for entities whose lexicon record has a Wikidata id (`Q` and digits, checked).
public struct ReviewPage {
    /// Creates a page builder; it holds no state.
    public init() {}

    /// The review page of `document`; `indexLink`, when given, adds a link back to the index page.
    public func html(_ document: AnnotatedDocument, indexLink: String? = nil) -> String {
        var page = ReviewPage.head(title: "Gazzetta review: " + document.info.id)
        page += "<body>\n<header><h1>\(HTML.isolated(document.info.id))</h1><p class=\"meta\">"
        page += "language \(document.info.language.rawValue) · \(document.mentions.count) mentions"
        if let date = document.info.date { page += " · \(date)" }
        page += " · <span id=\"dom-mention-count\"></span></p>"
        if let indexLink { page += "<p><a href=\"\(HTML.escape(indexLink))\">← all documents</a></p>" }  // built by `review`, not from a name
        page += "</header>\n" + legend() + "<main>\n<article id=\"text\">" + highlighted(document) + "</article>\n"
        page += "<aside>\n<section id=\"details\"><h2>Mention</h2><p>Click a highlighted mention.</p></section>\n"
        page += sideList(document) + "</aside>\n</main>\n" + recordsTable(document)
        page += "<script type=\"application/json\" id=\"gazzetta-data\">" + HTML.scriptSafe(data(document)) + "</script>\n"
        page += "<script>" + ReviewPage.script + "</script>\n</body>\n</html>\n"
        return page
    }

    /// A document's line on the index: where its page is (relative to the index, `/`-separated) and the document.
    public typealias IndexEntry = (link: String, document: AnnotatedDocument)
    /// A document that has no page: its path and why (a batch's `errors.jsonl`, or a file that did not read).
    public typealias Failure = (path: String, error: String)

    /// An index page: a summary of the corpus (documents, mentions per type, the most mentioned entities,
    /// failures), a line per document linking its page with its mention counts by type, and the failed
    /// documents with their errors.
    public func index(_ entries: [IndexEntry], failures: [Failure] = []) -> String {
        var page = ReviewPage.head(title: "Gazzetta review")
        page += "<body>\n<header><h1>Gazzetta review</h1><p class=\"meta\">\(entries.count) documents"
        if !failures.isEmpty { page += " · \(failures.count) failed" }
        page += "</p></header>\n<main><div>\n" + summary(entries, failures: failures)
        page += "<h2>Documents</h2><table id=\"documents\">\n"
        page += "<tr><th>document</th><th>lang</th>" + EntityType.allCases.map { "<th>\($0.rawValue)</th>" }.joined() + "</tr>\n"
        for (link, document) in entries {
            page += "<tr><td><a href=\"\(HTML.escape(HTML.relativeURL(link)))\">\(HTML.isolated(document.info.id))</a></td><td>\(document.info.language.rawValue)</td>"
            for type in EntityType.allCases { page += "<td>\(document.mentions.filter { $0.type == type }.count)</td>" }
            page += "</tr>\n"
        }
        page += "</table>\n"
        if !failures.isEmpty {
            page += "<h2>Failed documents</h2><table id=\"failures\">\n<tr><th>document</th><th>error</th></tr>\n"
            for failure in failures { page += "<tr><td>\(HTML.isolated(failure.path))</td><td>\(HTML.isolated(failure.error))</td></tr>\n" }
            page += "</table>\n"
        }
        return page + "</div></main>\n</body>\n</html>\n"
    }

    /// Documents, mentions per type, the ten most mentioned entities (across documents), failures.
    private func summary(_ entries: [IndexEntry], failures: [Failure]) -> String {
        var byType: [EntityType: Int] = [:]
        var byEntity: [EntityID: Int] = [:]
        var entities: [EntityID: Entity] = [:]
        var documents: [EntityID: Set<String>] = [:]
        for (_, document) in entries {
            for mention in document.mentions {
                byType[mention.type, default: 0] += 1
                byEntity[mention.entity, default: 0] += 1
                documents[mention.entity, default: []].insert(document.info.id)
            }
            for (id, entity) in document.entities where entities[id] == nil { entities[id] = entity }
        }
        let total = byType.values.reduce(0, +)
        var html = "<section id=\"summary\"><h2>Summary</h2><table>\n"
        html += "<tr><th>documents</th><td>\(entries.count + failures.count)</td></tr>\n"
        html += "<tr><th>annotated</th><td>\(entries.count)</td></tr>\n<tr><th>failed</th><td>\(failures.count)</td></tr>\n"
        html += "<tr><th>mentions</th><td>\(total)</td></tr>\n"
        for type in EntityType.allCases { html += "<tr><th class=\"t-\(type.rawValue)\">\(type.rawValue)</th><td>\(byType[type] ?? 0)</td></tr>\n" }
        html += "</table>\n<h3>Most mentioned</h3><table id=\"top-entities\">\n<tr><th>entity</th><th>label</th><th>mentions</th><th>documents</th></tr>\n"
        for id in byEntity.keys.sorted(by: { (byEntity[$0]!, $1) > (byEntity[$1]!, $0) }).prefix(10) {
            let label = entities[id].map { $0.label.ordered.map(\.label).joined(separator: " / ") } ?? ""
            html += "<tr><td>\(entityLink(id, entities[id]))</td><td>\(HTML.isolated(label))</td><td>\(byEntity[id]!)</td><td>\(documents[id]!.count)</td></tr>\n"
        }
        return html + "</table></section>\n"
    }

    /// The entity id, linked to its Wikidata page when the lexicon gives it a Wikidata id.
    func entityLink(_ id: EntityID, _ entity: Entity?) -> String {
        guard let q = ReviewPage.wikidata(entity) else { return HTML.isolated(id.rawValue) }
        return "<a class=\"wikidata\" href=\"https://www.wikidata.org/wiki/\(q)\" title=\"Wikidata \(q)\">\(HTML.isolated(id.rawValue))</a>"
    }

    /// The entity's Wikidata id when it is one (`Q` and digits): nothing else ever goes into a link.
    static func wikidata(_ entity: Entity?) -> String? {
        guard let q = entity?.codes["wikidata"], q.count > 1, q.first == "Q", q.dropFirst().allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return q
    }

    private func legend() -> String {
        var html = "<nav id=\"legend\">"
        for type in EntityType.allCases {
            html += "<label class=\"legend t-\(type.rawValue)\"><input type=\"checkbox\" checked data-filter=\"\(type.rawValue)\"> \(type.rawValue)</label>"
        }
        return html + "</nav>\n"
    }

    /// The document's cooperation records as a table, each row linked to its sentence in the text: actors,
    /// sector, polarity, CAMEO and CRS codes, date, the cue and the tie; nothing when there are none.
    private func recordsTable(_ document: AnnotatedDocument) -> String {
        guard !document.cooperation.isEmpty else { return "" }
        func label(_ id: EntityID) -> String {
            HTML.isolated(document.entities[id].map { $0.label[document.info.language] } ?? id.rawValue)
        }
        func slice(_ span: Span?) -> String {
            guard let span else { return "" }
            let scalars = document.text.unicodeScalars
            guard span.start >= 0, span.start <= span.end, span.end <= scalars.count else { return "" }
            let start = scalars.index(scalars.startIndex, offsetBy: span.start), end = scalars.index(start, offsetBy: span.end - span.start)
            return HTML.isolated(String(scalars[start..<end]))
        }
        var html = "<section id=\"cooperation\"><h2>Cooperation records</h2><table id=\"records\">\n"
        html += "<tr><th>sentence</th><th>actors</th><th>sector</th><th>polarity</th><th>CAMEO</th><th>CRS</th><th>date</th><th>cue</th><th>tie</th></tr>\n"
        for record in document.cooperation {
            let actors = record.actors.map { id in
                let role = record.participants?.first { $0.actor == id }?.role.map { " (\($0.rawValue))" } ?? ""
                return "<span data-entity=\"\(HTML.escape(id.rawValue))\">\(label(id))</span>\(role)"
            }.joined(separator: ", ")
            html += "<tr data-sentence=\"\(record.sentence)\"><td><a href=\"#sentence-\(record.sentence)\">\(record.sentence + 1)</a></td>"
            html += "<td>\(actors)</td><td data-entity=\"\(HTML.escape(record.sector.rawValue))\">\(label(record.sector))</td>"
            html += "<td>\((record.polarity ?? .cooperation).rawValue)</td><td>\(HTML.escape(record.cameo ?? ""))</td><td>\(HTML.escape(record.crs ?? ""))</td>"
            html += "<td>\(HTML.escape(record.date ?? ""))</td><td>\(slice(record.cue))</td><td>\(HTML.escape(record.tie?.kind.rawValue ?? ""))</td></tr>\n"
        }
        return html + "</table></section>\n"
    }

    /// The text with each mention in a `<mark>` and an anchor (`sentence-N`) at the start of each sentence a
    /// cooperation record cites; offsets are code points.
    private func highlighted(_ document: AnnotatedDocument) -> String {
        let scalars = Array(document.text.unicodeScalars)
        var anchors: [Int: [Int]] = [:]  // code point → sentences starting there
        for sentence in Set(document.cooperation.map(\.sentence)).sorted() where document.sentences.indices.contains(sentence) {
            anchors[document.sentences[sentence].start, default: []].append(sentence)
        }
        func text(_ range: Range<Int>) -> String {
            var html = "", from = range.lowerBound
            // A sentence that opens with a mention gets its anchor just before the mention's mark.
            for offset in anchors.keys.sorted() where range.lowerBound <= offset && offset <= range.upperBound {
                html += plain(from..<offset) + anchors[offset]!.map { "<a id=\"sentence-\($0)\"></a>" }.joined()
                from = offset
            }
            return html + plain(from..<range.upperBound)
        }
        func plain(_ range: Range<Int>) -> String {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[range])
            return HTML.text(String(view))
        }
        var html = ""
        var cursor = 0
        for (index, mention) in document.mentions.enumerated() where mention.start >= cursor && mention.end <= scalars.count {
            html += text(cursor..<mention.start)
            let label = document.entities[mention.entity].map { $0.label.ordered.map(\.label).joined(separator: " / ") } ?? mention.entity.rawValue
            var tip = "\(mention.entity) — \(label) — \(mention.role.rawValue)"
            if !mention.alternatives.isEmpty { tip += " — alternatives: " + mention.alternatives.map(\.entity.rawValue).joined(separator: ", ") }
            html += "<mark class=\"mention t-\(mention.type.rawValue)\" data-index=\"\(index)\" data-entity=\"\(HTML.escape(mention.entity.rawValue))\""
            html += " data-type=\"\(mention.type.rawValue)\" title=\"\(HTML.escape(tip))\">" + text(mention.start..<mention.end) + "</mark>"
            cursor = mention.end
        }
        return html + text(cursor..<scalars.count)
    }

    private func sideList(_ document: AnnotatedDocument) -> String {
        var counts: [EntityID: Int] = [:]
        for mention in document.mentions { counts[mention.entity, default: 0] += 1 }
        var html = ""
        for type in EntityType.allCases {
            let ids = counts.keys.filter { id in document.mentions.first { $0.entity == id }?.type == type }
                .sorted { (counts[$0]!, $1) > (counts[$1]!, $0) }
            guard !ids.isEmpty else { continue }
            html += "<section class=\"entities\"><h2 class=\"t-\(type.rawValue)\">\(type == .sector ? "sectors" : type.rawValue)</h2><ul>"
            for id in ids {
                let label = document.entities[id].map { $0.label[document.info.language] } ?? id.rawValue
                html += "<li data-entity=\"\(HTML.escape(id.rawValue))\" class=\"t-\(type.rawValue)\">\(HTML.isolated(label)) "
                if let q = ReviewPage.wikidata(document.entities[id]) {
                    html += "<a class=\"wikidata\" href=\"https://www.wikidata.org/wiki/\(q)\" title=\"\(HTML.escape(id.rawValue)) on Wikidata\">\(q)</a> "
                }
                html += "<span class=\"count\">\(counts[id]!)</span></li>"
            }
            html += "</ul></section>\n"
        }
        return html
    }

    /// The mentions and entities, for the details panel.
    private func data(_ document: AnnotatedDocument) -> String {
        var stream = JSONStream(pretty: false)
        stream.beginObject()
        stream.key("mentions")
        stream.beginArray()
        for mention in document.mentions { AnnotationJSON.write(mention, into: &stream) }
        stream.endArray()
        stream.key("entities")
        stream.beginObject()
        for id in document.entities.keys.sorted() {
            stream.key(id.rawValue)
            AnnotationJSON.write(document.entities[id]!, into: &stream)
        }
        stream.endObject()
        stream.endObject()
        return String(decoding: stream.bytes, as: UTF8.self)
    }

    static func head(title: String) -> String {
        var css = """
        body{font:15px/1.6 system-ui,sans-serif;margin:0;color:#222;background:#fafafa}
        header{padding:12px 24px;background:#1d3557;color:#fff}header h1{font-size:18px;margin:0}
        header a{color:#fff}.meta{margin:4px 0 0;opacity:.85}
        #legend{padding:8px 24px;background:#eee;position:sticky;top:0}
        .legend{margin-right:16px;padding:2px 8px;border-radius:4px;cursor:pointer}
        main{display:flex;gap:24px;padding:16px 24px}
        #text{flex:3;white-space:pre-wrap;background:#fff;padding:16px 24px;border-radius:6px;box-shadow:0 1px 3px #0002}
        aside{flex:1;min-width:260px}aside h2{font-size:14px;padding:2px 6px;border-radius:4px}
        aside ul{list-style:none;padding:0;margin:0 0 12px}aside li{cursor:pointer;padding:1px 6px;border-radius:4px;margin:2px 0}
        .count{float:right;opacity:.7}mark.mention{border-radius:3px;padding:0 1px;cursor:pointer}
        mark.focus{outline:2px solid #e63946}li.focus{outline:2px solid #e63946}
        #details{background:#fff;padding:8px 12px;border-radius:6px;margin-bottom:12px;box-shadow:0 1px 3px #0002}
        #details dt{font-weight:600}#details dd{margin:0 0 4px}
        .bidi{font-size:10px;border:1px solid #e63946;border-radius:3px;padding:0 2px;color:#e63946}
        a.wikidata{font-size:11px;margin-left:4px}
        table{border-collapse:collapse;background:#fff}td,th{padding:4px 12px;border-bottom:1px solid #ddd;text-align:left}
        """
        for type in EntityType.allCases {
            css += "\n.t-\(type.rawValue){background:\(TypeColour.of(type))}body.hide-\(type.rawValue) mark.t-\(type.rawValue){background:none}"
        }
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>\(HTML.escape(title))</title>\n<style>\n\(css)\n</style>\n</head>\n"
    }

    /// The page's behaviour: details on click, highlight all mentions of an entity, filters by type.
    static let script = """
    (function () {
      var data = JSON.parse(document.getElementById('gazzetta-data').textContent);
      var marks = document.querySelectorAll('mark.mention');
      document.getElementById('dom-mention-count').textContent = marks.length + ' highlighted';
      document.body.setAttribute('data-highlighted', String(marks.length));
      // Bidi controls named, not obeyed: the panel shows the text as it is stored.
      function visible(text) {
        return String(text).replace(/[\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]/g, function (c) {
          return 'U+' + ('000' + c.charCodeAt(0).toString(16).toUpperCase()).slice(-4);
        });
      }
      function row(term, value) {
        var dt = document.createElement('dt'); dt.textContent = term;
        var dd = document.createElement('dd'); dd.textContent = visible(value);
        return [dt, dd];
      }
      function show(index) {
        var m = data.mentions[index], e = data.entities[m.entity] || {label: {it: m.entity, en: m.entity}};
        var panel = document.getElementById('details'), list = document.createElement('dl');
        var rows = [['text', m.text], ['entity', m.entity]];
        Object.keys(e.label).forEach(function (code) { rows.push(['label (' + code + ')', e.label[code]]); });
        rows.push(['type', m.type + (e.subtype ? ' / ' + e.subtype : '')], ['role', m.role], ['form', m.form]);
        if (m.refersTo) rows.push(['refers to', m.refersTo]);
        if (m.alternatives) rows.push(['alternatives', m.alternatives.map(function (a) { return a.entity + ' (' + a.reason + ')'; }).join(', ')]);
        if (m.notes) rows.push(['notes', m.notes.join(', ')]);
        rows.forEach(function (r) { row(r[0], r[1]).forEach(function (n) { list.appendChild(n); }); });
        panel.innerHTML = '<h2>Mention</h2>';
        panel.appendChild(list);
      }
      function focus(entity) {
        document.querySelectorAll('.focus').forEach(function (n) { n.classList.remove('focus'); });
        document.querySelectorAll('[data-entity]').forEach(function (n) {
          if (n.getAttribute('data-entity') === entity) n.classList.add('focus');
        });
      }
      marks.forEach(function (mark) {
        mark.addEventListener('click', function () { show(Number(mark.getAttribute('data-index'))); focus(mark.getAttribute('data-entity')); });
      });
      document.querySelectorAll('aside li[data-entity]').forEach(function (item) {
        item.addEventListener('click', function () { focus(item.getAttribute('data-entity')); });
      });
      document.querySelectorAll('input[data-filter]').forEach(function (box) {
        box.addEventListener('change', function () { document.body.classList.toggle('hide-' + box.getAttribute('data-filter'), !box.checked); });
      });
    })();
    """
}
