import Foundation

/// One entity of a gazetteer file: `{"name", "type", "aliases": {"ar": [...], "en": [...]}, "wikidata"}`.
struct GazetteerEntry: Sendable, Equatable {
    /// The canonical name every alias resolves to; it is an alias itself.
    let name: String
    let kind: EntityMention.Kind
    /// Every spelling that names the entity, the canonical name first.
    let aliases: [String]
    let wikidata: String?
    /// Where the entry was read: the file and its 1-based line.
    let origin: String

    /// Reads one element of a gazetteer's top-level array; the message says what is wrong.
    static func parse(_ object: Any, origin: String) -> Result<GazetteerEntry, GazetteerError> {
        func bad(_ what: String) -> Result<GazetteerEntry, GazetteerError> {
            .failure(GazetteerError(origin: origin, message: what))
        }
        guard let dict = object as? [String: Any] else { return bad("an entry must be an object") }
        guard let name = (dict["name"] as? String)?.trimmed, !name.isEmpty else {
            return bad("entry has no \"name\" string")
        }
        let label = "entry \"\(name)\""
        if let unknown = dict.keys.sorted().first(where: { !["name", "type", "aliases", "wikidata"].contains($0) }) {
            return bad("\(label): unknown key \"\(unknown)\"")
        }
        guard let type = dict["type"] as? String, let kind = EntityMention.Kind(gazetteerType: type) else {
            let allowed = EntityMention.Kind.allCases.map(\.rawValue).joined(separator: ", ")
            return bad("\(label): \"type\" must be one of \(allowed)")
        }
        var aliases = [name]
        if let raw = dict["aliases"] {
            guard let byLanguage = raw as? [String: Any] else { return bad("\(label): \"aliases\" must be an object") }
            for language in byLanguage.keys.sorted() {
                guard ["ar", "en"].contains(language) else { return bad("\(label): aliases has unknown language \"\(language)\"") }
                guard let list = byLanguage[language] as? [Any], list.allSatisfy({ $0 is String }) else {
                    return bad("\(label): aliases.\(language) must be an array of strings")
                }
                for alias in list.compactMap({ ($0 as? String)?.trimmed }) {
                    guard !alias.isEmpty else { return bad("\(label): empty alias in aliases.\(language)") }
                    aliases.append(alias)
                }
            }
        }
        let wikidata = dict["wikidata"]
        if let wikidata, !(wikidata is NSNull), !isWikidataID(wikidata) {
            return bad("\(label): \"wikidata\" must be a string like \"Q123\"")
        }
        return .success(
            GazetteerEntry(name: name, kind: kind, aliases: aliases, wikidata: wikidata as? String, origin: origin))
    }

    private static func isWikidataID(_ value: Any) -> Bool {
        guard let s = value as? String, s.count > 1, s.first == "Q" else { return false }
        return s.dropFirst().allSatisfy { $0.isASCII && $0.isNumber }
    }
}

extension EntityMention.Kind {
    /// The kind a gazetteer's `type` names; "org" and "organization" are accepted too.
    init?(gazetteerType: String) {
        switch gazetteerType.lowercased() {
        case "org", "organization": self = .organisation
        default: self.init(rawValue: gazetteerType.lowercased())
        }
    }
}

extension String {
    fileprivate var trimmed: String { trimmingCharacters(in: .whitespacesAndNewlines) }
}
