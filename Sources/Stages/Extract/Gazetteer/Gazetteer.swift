import Foundation

/// Entities and their aliases, indexed for matching: every alias resolves to exactly one
/// entity, and an alias two entities share is refused at load.
struct Gazetteer: Sendable {
    let entries: [GazetteerEntry]
    /// Alias candidates by the hash of their first word, longest alias first.
    let table: [UInt64: [AliasCandidate]]
    /// Every alias's word hashes, for exact phrase lookups (a type word and a quoted name).
    private let exact: [[UInt64]: Int32]

    /// The bundled gazetteer (unless `bundled` is false), then `files` in order: an entry of a
    /// later file replaces an earlier entry with the same canonical name.
    static func load(bundled: Bool, files: [String]) throws -> Gazetteer {
        var entries: [GazetteerEntry] = []
        if bundled { entries = try GazetteerFile.entries(in: BundledGazetteer.bytes, name: BundledGazetteer.name) }
        for path in files {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw GazetteerError(origin: path, message: "cannot read the file")
            }
            entries = merged(entries, over: try GazetteerFile.entries(in: [UInt8](data), name: path))
        }
        return try Gazetteer(entries: entries)
    }

    private static func merged(_ base: [GazetteerEntry], over newer: [GazetteerEntry]) -> [GazetteerEntry] {
        let replaced = Set(newer.map(\.name))
        return base.filter { !replaced.contains($0.name) } + newer
    }

    init(entries: [GazetteerEntry]) throws {
        var exact: [[UInt64]: Int32] = [:]
        var table: [UInt64: [AliasCandidate]] = [:]
        for (index, entry) in entries.enumerated() {
            for alias in entry.aliases {
                let words = Self.words(of: alias)
                guard !words.isEmpty else {
                    throw GazetteerError(origin: entry.origin, message: "entry \"\(entry.name)\": alias \"\(alias)\" has no word")
                }
                let hashes = words.map(FoldedWord.hash)
                if let other = exact[hashes] {
                    guard Int(other) != index else { continue }
                    let owner = entries[Int(other)]
                    throw GazetteerError(
                        origin: entry.origin,
                        message: "alias \"\(alias)\" of entry \"\(entry.name)\" is also an alias of entry \"\(owner.name)\" (\(owner.origin))")
                }
                exact[hashes] = Int32(index)
                table[hashes[0], default: []].append(Self.candidate(words: words, hashes: hashes, entity: index))
            }
        }
        for key in table.keys { table[key]!.sort { $0.rest.count > $1.rest.count } }
        self.entries = entries
        self.table = table
        self.exact = exact
    }

    /// The entity whose alias is exactly these words (hashed with `FoldedWord`).
    func entity(forWords hashes: [UInt64]) -> Int? {
        exact[hashes].map(Int.init)
    }

    private static func candidate(words: [String], hashes: [UInt64], entity: Int) -> AliasCandidate {
        let first = words[0]
        let latin = first.unicodeScalars.allSatisfy { $0.value < 0x0250 }
        let letters = first.unicodeScalars.filter { $0.properties.isAlphabetic }
        let acronym = latin && words.count == 1 && letters.count <= 6
            && letters.allSatisfy { $0.properties.isUppercase }
        let folded = FoldedWord.folded(first)
        let article = folded.count >= 2 && folded[0] == 0x0627 && folded[1] == 0x0644
        return AliasCandidate(
            rest: Array(hashes.dropFirst()), entity: Int32(entity), acronym: acronym,
            takesArticle: !latin && !article && folded.count >= 4)
    }

    /// An alias's words as the matcher sees words in text (`WordScanner`).
    static func words(of alias: String) -> [String] {
        let text = ScalarText(alias)
        return WordScanner.words(in: text).map { text.string($0) }
    }
}
