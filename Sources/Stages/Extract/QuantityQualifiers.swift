/// Words before a number that hedge it: "نحو 260", "أكثر من 35", "ما لا يقل عن 10", "about 12",
/// "more than 30". The first word may carry و، ف، ب or ل ("بنحو", "لأكثر من").
struct QuantityQualifiers: Sendable {
    private let phrases: [(keys: [String], qualifier: Quantity.Qualifier)]

    init() {
        let table: [(String, Quantity.Qualifier)] = [
            ("نحو", .about), ("حوالي", .about), ("حوالى", .about), ("قرابة", .about), ("زهاء", .about),
            ("ما يقارب", .about), ("ما يقرب من", .about), ("ما يناهز", .about),
            ("about", .about), ("around", .about), ("approximately", .about), ("roughly", .about), ("some", .about),
            ("nearly", .about), ("almost", .about), ("close to", .about), ("an estimated", .about),
            ("أكثر من", .moreThan), ("أزيد من", .moreThan), ("ما يزيد عن", .moreThan), ("ما يزيد على", .moreThan),
            ("ما يربو على", .moreThan), ("over", .moreThan), ("more than", .moreThan),
            ("أقل من", .lessThan), ("less than", .lessThan), ("fewer than", .lessThan), ("under", .lessThan),
            ("ما لا يقل عن", .atLeast), ("لا يقل عن", .atLeast), ("at least", .atLeast),
            ("ما يصل إلى", .upTo), ("حتى", .upTo), ("up to", .upTo), ("at most", .upTo), ("as many as", .upTo),
        ]
        // Longest first, so that "ما لا يقل عن" wins over "لا يقل عن".
        phrases = table.map { (WordKey.key($0.0).split(separator: " ").map(String.init), $0.1) }
            .sorted { $0.keys.count > $1.keys.count }
    }

    /// The qualifier standing right before `position` and where it starts.
    func qualifier(before position: Int, in text: ScalarText) -> (Quantity.Qualifier, start: Int)? {
        var before: [Range<Int>] = []
        var cursor = position
        while before.count < 4, let word = Self.previousWord(before: cursor, in: text) {
            before.insert(word, at: 0)
            cursor = word.lowerBound
        }
        // Keys are made once, nearest word first; a phrase compares its words from its end.
        var keys: [String] = []
        for phrase in phrases where phrase.keys.count <= before.count {
            while keys.count < phrase.keys.count { keys.append(WordKey.key(before[before.count - 1 - keys.count], in: text)) }
            let n = phrase.keys.count
            guard (1..<n).allSatisfy({ keys[n - 1 - $0] == phrase.keys[$0] }) else { continue }
            let first = keys[n - 1]
            let start = before[before.count - n].lowerBound
            if first == phrase.keys[0] { return (phrase.qualifier, start) }
            if let c = first.unicodeScalars.first, "وفبل".unicodeScalars.contains(c),
                first.unicodeScalars.dropFirst().elementsEqual(phrase.keys[0].unicodeScalars)
            {
                // A conjunction is no part of the quantity ("وأكثر من 30"); a preposition is ("بحوالي 7").
                return (phrase.qualifier, start + ("وف".unicodeScalars.contains(c) ? 1 : 0))
            }
        }
        return nil
    }

    /// The word ending right before `position`, past inline spaces.
    static func previousWord(before position: Int, in text: ScalarText) -> Range<Int>? {
        var end = position
        while let s = text.at(end - 1), s.isInlineSpace { end -= 1 }
        var start = end
        while let s = text.at(start - 1), s.isWordCharacter { start -= 1 }
        return start < end ? start..<end : nil
    }
}
