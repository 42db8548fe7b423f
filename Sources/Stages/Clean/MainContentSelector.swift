/// Chooses where the article's blocks come from: the page's own `<article>` (or
/// `itemprop=articleBody`) holding the most kept text, or the whole body when there is none.
///
/// When some `<article>`s contain an `h1` that is not a link, only those compete: the others are teasers or
/// comments, even when tag soup makes one of them wrap a whole "you may also like" list.
/// Sibling `<article>`s compete only by size. Text outside
/// every `<article>` competes by share: when the best one holds less than `minArticleShare`
/// of its own text plus that outside text, the page's `<article>` is not where its article
/// is, and the whole body is used.
struct MainContentSelector {
    let minArticleShare: Double

    struct Selection {
        /// Candidates in this range are the article's.
        var range: Range<Int>
        /// The chosen region, nil when the whole body was used.
        var region: ArticleRegion?
    }

    func select(_ candidates: [BlockCandidate], kept: [Bool], regions: [ArticleRegion]) -> Selection {
        let whole = Selection(range: 0..<candidates.count, region: nil)
        guard !regions.isEmpty else { return whole }
        var keptLetters = [0]
        keptLetters.reserveCapacity(candidates.count + 1)
        for (candidate, isKept) in zip(candidates, kept) {
            keptLetters.append(keptLetters[keptLetters.count - 1] + (isKept ? candidate.letters : 0))
        }
        let headlined = regions.filter(\.hasHeadline)
        var best: (region: ArticleRegion, letters: Int)?
        for region in headlined.isEmpty ? regions : headlined {
            let letters = keptLetters[region.end] - keptLetters[region.start]
            if letters > (best?.letters ?? 0) { best = (region, letters) }
        }
        guard let best else { return whole }
        let outside = lettersOutside(regions, keptLetters: keptLetters)
        guard Double(best.letters) >= minArticleShare * Double(best.letters + outside) else { return whole }
        return Selection(range: best.region.start..<best.region.end, region: best.region)
    }

    /// Kept letters of the candidates that are in no region.
    private func lettersOutside(_ regions: [ArticleRegion], keptLetters: [Int]) -> Int {
        // Regions are opened in document order and nest, so a sweep over starts finds the gaps.
        var outside = 0
        var covered = 0
        for region in regions.sorted(by: { $0.start < $1.start }) {
            if region.start > covered { outside += keptLetters[region.start] - keptLetters[covered] }
            covered = max(covered, region.end)
        }
        return outside + keptLetters[keptLetters.count - 1] - keptLetters[covered]
    }
}
