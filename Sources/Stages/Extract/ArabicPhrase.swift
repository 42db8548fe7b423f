/// A rough test for where an Arabic noun phrase ends, used to stop a source before its verb.
///
/// Once a phrase holds a definite word (ال…), a word that follows it continues the phrase only
/// if it is definite too (an adjective or the second term of an idafa: "الصحيفة الناطقة") or a
/// preposition, alone or glued ("باسم", "في"), whose object starts afresh. A bare word after a
/// definite one is taken for the verb of a new clause: "الصحيفة | استطاع". It cannot tell a
/// proper name from a verb ("الرئيس ترامب" stops before ترامب), which costs little in sources.
struct ArabicPhrase: Sendable {
    private let prepositions = WordKey.keys([
        "في", "من", "على", "إلى", "عن", "مع", "لدى", "عند", "حول", "ضد", "عبر", "بين", "نحو", "داخل", "خارج",
    ])
    private static let gluedPrepositions: Set<Character> = ["ب", "ل", "ك"]
    private static let conjunctions: Set<Character> = ["و", "ف", "ب", "ك"]

    func isArabic(_ s: Unicode.Scalar) -> Bool { (0x0600...0x06FF).contains(s.value) }

    /// Whether the keyed word carries the article: ال…، لل…، or وال… / فال… / بال… / كال….
    func isDefinite(_ key: String) -> Bool {
        guard key.count > 2, !prepositions.contains(key) else { return false }
        if key.hasPrefix("ال") || key.hasPrefix("لل") { return true }
        guard let first = key.first, Self.conjunctions.contains(first) else { return false }
        return key.dropFirst().hasPrefix("ال")
    }

    /// A preposition standing alone, or glued to an indefinite word ("باسم", "لحقوق").
    func isPrepositional(_ key: String) -> Bool {
        if prepositions.contains(key) { return true }
        guard key.count >= 3, let first = key.first, Self.gluedPrepositions.contains(first) else { return false }
        return !isDefinite(key)
    }

    /// Whether the keyed word belongs to a phrase whose last content word was definite or not.
    func continues(afterDefinite definite: Bool, key: String) -> Bool {
        !definite || isDefinite(key) || isPrepositional(key)
    }

    /// Whether the phrase's last content word is definite once the keyed word is added.
    func nextState(afterDefinite definite: Bool, key: String) -> Bool {
        isPrepositional(key) ? false : isDefinite(key)
    }
}
