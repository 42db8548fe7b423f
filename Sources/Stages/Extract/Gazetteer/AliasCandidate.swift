/// An alias in the gazetteer's table, filed under the hash of its first word.
struct AliasCandidate: Sendable {
    /// Hashes (`FoldedWord`) of the alias's words after the first.
    let rest: [UInt64]
    /// Index of the entity in `Gazetteer.entries`.
    let entity: Int32
    /// A Latin acronym ("IS", "UN", "SDF"): the text must write it in capitals, so that "is"
    /// and "us" stay words.
    let acronym: Bool
    /// Whether the alias may be found behind an article the alias lacks ("الداعشي" is not, but
    /// an alias of four letters or more is: ال is one of the clitics matching tolerates).
    let takesArticle: Bool
}
