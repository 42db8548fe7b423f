/// A mention some finder proposes, before overlaps are settled (`EntityResolver`).
struct EntityCandidate {
    var kind: EntityMention.Kind
    var name: String
    var wikidata: String?
    var evidence: EntityMention.Evidence
    var range: Range<Int>
    /// Whether the candidate's own words name its type ("سجن الصناعة", "AlSina jail"): such a
    /// pattern may hold a gazetteer match inside it ("مطار حلب" holds حلب).
    var holdsTypeWord = false

    init(_ entry: GazetteerEntry, range: Range<Int>) {
        kind = entry.kind
        name = entry.name
        wikidata = entry.wikidata
        evidence = .gazetteer
        self.range = range
    }

    init(kind: EntityMention.Kind, name: String, range: Range<Int>, holdsTypeWord: Bool = false) {
        self.kind = kind
        self.name = name
        self.evidence = .pattern
        self.range = range
        self.holdsTypeWord = holdsTypeWord
    }

    func mention(in text: ScalarText) -> EntityMention {
        EntityMention(kind: kind, name: name, wikidata: wikidata, evidence: evidence, span: text.span(range))
    }
}
