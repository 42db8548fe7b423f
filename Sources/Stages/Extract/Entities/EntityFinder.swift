/// Finds the entities of a text: gazetteer aliases, then Arabic and English name patterns for
/// what the gazetteer lacks (`EntityResolver` settles overlaps). Nothing is found inside
/// `excluded` ranges (links, handles, hashtags, dates).
struct EntityFinder: Sendable {
    let gazetteer: Gazetteer
    private let matcher: GazetteerMatcher
    private let arabic: ArabicNamePatterns

    init(gazetteer: Gazetteer) {
        self.gazetteer = gazetteer
        matcher = GazetteerMatcher(gazetteer: gazetteer)
        arabic = ArabicNamePatterns(gazetteer: gazetteer)
    }

    /// `authors` are the names of the part's embedded posts' authors (people).
    func entities(
        in text: ScalarText, words: [Range<Int>], excluded: SortedRanges, authors: Set<String> = []
    ) -> [EntityMention] {
        var candidates = matcher.matches(in: text, words: words, skipping: excluded).map {
            EntityCandidate(gazetteer.entries[$0.entity], range: $0.range)
        }
        let scan = EntityScan(text: text, words: words)
        let patterns = arabic.candidates(in: scan) + EnglishNamePatterns(authors: authors).candidates(in: scan)
        candidates += patterns.filter { !excluded.overlaps($0.range) }
        return EntityResolver.resolve(candidates).map { $0.mention(in: text) }
    }
}
