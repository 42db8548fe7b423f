/// What the kept records hold: dates mentioned, hashtags, mentions, attribution sources and
/// counted nouns, plus the size of each duplicate cluster. Memory is bounded by the key cap.
struct FactsTally {
    private(set) var dates: DateTally
    private(set) var hashtags: TopCounter
    private(set) var mentions: TopCounter
    private(set) var attributions: TopCounter
    private(set) var quantities: QuantityTally
    /// Dropped records per kept record id.
    private(set) var clusters: TopCounter

    init(maxKeys: Int) {
        dates = DateTally(maxKeys: maxKeys)
        hashtags = TopCounter(maxKeys: maxKeys)
        mentions = TopCounter(maxKeys: maxKeys)
        attributions = TopCounter(maxKeys: maxKeys)
        quantities = QuantityTally(maxKeys: maxKeys)
        clusters = TopCounter(maxKeys: maxKeys)
    }

    mutating func add(_ line: FactsLine) {
        if let verdict = line.dedupe, !verdict.kept {
            clusters.add(verdict.duplicateOf ?? verdict.cluster)
            return
        }
        guard let facts = line.facts else { return }
        for date in facts.dates { dates.add(date.value) }
        for tag in facts.hashtags { hashtags.add(tag.text) }
        for mention in facts.mentions { mentions.add(mention.text) }
        for attribution in facts.attributions { attributions.add(attribution.source.text) }
        for quantity in facts.quantities { quantities.add(quantity) }
    }
}
