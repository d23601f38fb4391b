import GazzettaExport
import GazzettaLexicon
import GazzettaModel

/// `GET /v1/entities/{id}`: one entity as the lexicon holds it — labels, forms, codes, relations (each
/// target with its labels), the roles a person held with their dates, the roles held *in* it (who led a
/// country when), and the file and line that define it.
struct EntityRecord {
    let lexicon: Lexicon

    /// The record of `id`, or `nil` when the lexicon has no such entity.
    func json(_ text: String) -> JSONValue? {
        let id = EntityID(text)
        guard let entity = lexicon[id] else { return nil }
        var fields: [(String, JSONValue)] = [
            ("id", .string(entity.id.rawValue)), ("type", .string(entity.type.rawValue)), ("subtype", .string(entity.subtype)),
            ("label", labels(entity)),
            ("aliases", .array(entity.aliases.map(alias))),
            ("codes", .object(entity.codes.keys.sorted().map { ($0, .string(entity.codes[$0]!)) })),
            ("relations", .object(entity.relations.keys.sorted().map { relation in (relation.rawValue, .array(entity.relations[relation]!.map(reference))) })),
            ("roles", .array(entity.roles.map { role in dated(role, [("of", reference(role.of))]) })),
            ("rolesIn", .array(rolesHeld(in: entity.id))),
        ]
        if let from = entity.validFrom { fields.append(("validFrom", .string(from.description))) }
        if let to = entity.validTo { fields.append(("validTo", .string(to.description))) }
        if let origin = lexicon.origin(of: id), !origin.file.isEmpty {
            fields.append(("origin", .object([("file", .string(origin.file)), ("line", .int(origin.line))])))
        }
        return .object(fields)
    }

    private func labels(_ entity: Entity) -> JSONValue {
        .object(entity.label.ordered.map { ($0.language.rawValue, .string($0.label)) })
    }

    private func alias(_ alias: Alias) -> JSONValue {
        var fields: [(String, JSONValue)] = [("form", .string(alias.form))]
        fields.append(("lang", alias.language.map { .string($0.rawValue) } ?? .null))
        fields.append(("role", .string(alias.isPrefix ? "prefix" : alias.role.rawValue)))
        fields.append(("case", .string(alias.caseRule.rawValue)))
        if alias.needsAntecedent { fields.append(("needsAntecedent", .bool(true))) }
        if !alias.allowedInCapitals { fields.append(("allowedInCapitals", .bool(false))) }
        return .object(fields)
    }

    /// An entity id with its type and labels, when the lexicon defines it.
    private func reference(_ id: EntityID) -> JSONValue {
        guard let target = lexicon[id] else { return .object([("id", .string(id.rawValue))]) }
        return .object([("id", .string(id.rawValue)), ("type", .string(target.type.rawValue)), ("label", labels(target))])
    }

    private func dated(_ role: DatedRole, _ subject: [(String, JSONValue)]) -> JSONValue {
        var fields: [(String, JSONValue)] = [("role", .string(role.role))] + subject
        fields.append(("from", .string(role.from.description)))
        fields.append(("to", role.to.map { .string($0.description) } ?? .null))
        return .object(fields)
    }

    /// Every role some person held in `id`, in lexicon order (one pass over the role holders: a record is
    /// asked for rarely, and the lexicon keeps no reverse index).
    private func rolesHeld(in id: EntityID) -> [JSONValue] {
        lexicon.entities.positions(having: .holdsRoles).map { lexicon.entities[$0] }.flatMap { person in
            person.roles.filter { $0.of == id }.map { dated($0, [("person", reference(person.id))]) }
        }
    }
}
