/// Links attributions to entities and to whoever relays them.
///
/// - `entity`: the first entity mention inside the source; else, for a source that names a
///   type ("الصحيفة", "الوكالة", "التنظيم", "the newspaper"), the last entity of that kind
///   mentioned before it ("صحيفة “النبأ” … وذكرت الصحيفة" is النبأ).
/// - `via`: a relayed source ("نقلاً عن", "عن") whose sentence already named a source before
///   it is relayed by that source: its entity, or its text.
struct AttributionLinker: Sendable {
    private let typeNouns: [String: EntityMention.Kind] = {
        var table: [String: EntityMention.Kind] = [:]
        for w in ["الصحيفة", "الجريدة", "المجلة", "الوكالة", "القناة", "الإذاعة", "الموقع", "الشبكة", "newspaper", "agency", "channel"] {
            table[WordKey.key(w)] = .publication
        }
        for w in ["التنظيم", "الحركة", "الجماعة", "الحزب", "الفصيل", "الميليشيا", "group", "organisation", "organization"] {
            table[WordKey.key(w)] = .organisation
        }
        return table
    }()
    private let relayCues: Set<String> = ["نقلاً عن"]

    func link(_ attributions: [Attribution], entities: [EntityMention], text: ScalarText) -> [Attribution] {
        guard !attributions.isEmpty else { return [] }
        let index = EntityIndex(entities)
        var linked = attributions
        for i in linked.indices {
            linked[i].entity = entity(for: linked[i].source, in: index)
        }
        for i in linked.indices where i > 0 {
            let previous = linked[i - 1]
            if let via = linked[i].via, via == previous.source.text {
                linked[i].via = previous.entity ?? via
            } else if linked[i].via == nil, relayCues.contains(linked[i].cue),
                !spansSentenceEnd(previous.source.end..<linked[i].source.start, in: text)
            {
                linked[i].via = previous.entity ?? previous.source.text
            }
        }
        return linked
    }

    private func entity(for source: Span, in index: EntityIndex) -> String? {
        if let inside = index.first(within: source.start..<source.end) { return inside.name }
        let scanned = ScalarText(source.text)
        for word in WordScanner.words(in: scanned) {
            guard let kind = typeNouns[Self.withoutClitics(WordKey.key(word, in: scanned))] else { continue }
            return index.last(of: kind, endingBy: source.start)?.name
        }
        return nil
    }

    /// "والصحيفة", "للصحيفة", "بالصحيفة": the word with its article.
    private static func withoutClitics(_ key: String) -> String {
        var k = Substring(key)
        if k.count > 4, k.first == "و" || k.first == "ف" { k = k.dropFirst() }
        if k.hasPrefix("لل") { return "ال" + k.dropFirst(2) }
        if k.count > 4, k.first == "ب" || k.first == "ل" || k.first == "ك", k.dropFirst().hasPrefix("ال") { k = k.dropFirst() }
        return String(k)
    }

    private func spansSentenceEnd(_ range: Range<Int>, in text: ScalarText) -> Bool {
        guard !range.isEmpty else { return false }
        return range.contains { ["." as Unicode.Scalar, "!", "?", "\u{061F}"].contains(text[$0]) || text[$0].isLineBreak }
    }
}
