/// The headings above an article's first paragraph of body text: its headline, deck and
/// kicker. The headline is the record's `title`, so by default they are left out of the
/// blocks, as a reader's view and the usual extraction benchmarks leave them out.
///
/// A paragraph of body text is a paragraph, list item or quote with at least `minBodyChars`
/// non-space characters and a sentence's punctuation, so a dateline or a byline does not end
/// the lead. Headings after it (section titles) stay.
struct LeadHeadings {
    let minBodyChars: Int

    /// `chosen` (candidate indices, in order) without the headings before the first body paragraph;
    /// `chosen` unchanged when there is no body paragraph.
    func dropped(from chosen: [Int], candidates: [BlockCandidate]) -> [Int] {
        guard let bodyStart = chosen.firstIndex(where: { isBody(candidates[$0]) }) else { return chosen }
        return chosen.enumerated().compactMap { position, index in
            position < bodyStart && candidates[index].block.kind == .heading ? nil : index
        }
    }

    func isBody(_ candidate: BlockCandidate) -> Bool {
        switch candidate.block.kind {
        case .paragraph, .listItem, .quote:
            candidate.letters >= minBodyChars && BlockFilter.hasSentencePunctuation(candidate.block.text)
        default: false
        }
    }
}
