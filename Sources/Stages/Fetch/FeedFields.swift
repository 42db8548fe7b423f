/// An element's children, looked up by vocabulary and name; the first match wins.
struct FeedFields {
    let children: [XMLElementView]

    init(_ element: XMLElementView) {
        children = element.children
    }

    func all(_ vocabulary: FeedVocabulary, _ name: String) -> [XMLElementView] {
        children.filter { $0.is(vocabulary, name) }
    }

    func first(_ vocabulary: FeedVocabulary, _ name: String) -> XMLElementView? {
        children.first { $0.is(vocabulary, name) }
    }

    /// The first element named `name`, else the first named `fallbackName`.
    func first(
        _ vocabulary: FeedVocabulary, _ name: String, _ fallbackVocabulary: FeedVocabulary, _ fallbackName: String
    ) -> XMLElementView? {
        first(vocabulary, name) ?? first(fallbackVocabulary, fallbackName)
    }

    /// The first readable date among the elements named, as ISO 8601.
    func date(
        _ vocabulary: FeedVocabulary, _ name: String, _ fallbackVocabulary: FeedVocabulary, _ fallbackName: String
    ) -> String? {
        (all(vocabulary, name) + all(fallbackVocabulary, fallbackName)).lazy
            .compactMap { $0.rawText.flatMap(FeedDate.iso8601) }.first
    }
}
