/// Reads an Atom 1.0 or 0.3 feed and its entries.
///
/// Atom elements are matched in `vocabulary`: the Atom namespaces, or no namespace for feeds
/// that forgot to declare it.
struct AtomReader {
    var vocabulary = FeedVocabulary.atom

    func feed(_ root: XMLElementView) -> ParsedFeed {
        let fields = FeedFields(root)
        return ParsedFeed(
            format: .atom, bozo: false, encoding: "utf-8",
            title: fields.first(vocabulary, "title").flatMap { FeedText.atom($0).text },
            link: Self.link(in: fields.children, vocabulary: vocabulary),
            language: root.language,
            entries: fields.all(vocabulary, "entry").map(entry))
    }

    func entry(_ element: XMLElementView) -> FeedEntry {
        let fields = FeedFields(element)
        var entry = FeedEntry()
        entry.title = fields.first(vocabulary, "title").flatMap { FeedText.atom($0).text }
        entry.link = Self.link(in: fields.children, vocabulary: vocabulary)
        entry.id = fields.first(vocabulary, "id")?.rawText
        entry.published =
            fields.date(vocabulary, "published", vocabulary, "issued")
            ?? fields.date(vocabulary, "created", .dublinCoreTerms, "issued")
        entry.updated =
            fields.date(vocabulary, "updated", vocabulary, "modified")
            ?? fields.date(.dublinCore, "date", .dublinCoreTerms, "modified")
        entry.content = fields.all(vocabulary, "content").map { content in
            let (text, type) = FeedText.atom(content)
            return FeedContent(
                value: text, type: type, language: content.language, src: content.attribute("src").map(content.resolve),
                html: type == "text/html" ? content.rawText : nil)
        }
        entry.summary =
            fields.first(vocabulary, "summary").flatMap { FeedText.atom($0).text }
            ?? entry.content.lazy.compactMap(\.value).first
        entry.author =
            fields.first(vocabulary, "author").flatMap(author)
            ?? fields.first(.dublinCore, "creator")?.readableText
        entry.tags = fields.all(vocabulary, "category").compactMap { category in
            category.attribute("term").map {
                FeedTag(term: $0, scheme: category.attribute("scheme"), label: category.attribute("label"))
            }
        }
        entry.enclosures = fields.all(vocabulary, "link").compactMap { link in
            guard link.attribute("rel") == "enclosure", let href = link.attribute("href") else { return nil }
            return FeedEnclosure(
                href: link.resolve(href), type: link.attribute("type"), length: link.attribute("length"))
        }
        return entry
    }

    /// `Name (email)`, or whichever of the two is given.
    private func author(_ element: XMLElementView) -> String? {
        let fields = FeedFields(element)
        let name = fields.first(vocabulary, "name")?.readableText
        let email = fields.first(vocabulary, "email")?.rawText
        switch (name, email) {
        case (let name?, let email?): return "\(name) (\(email))"
        case (let name, let email): return name ?? email ?? element.readableText
        }
    }

    /// The alternate link among Atom `link` elements (no `rel` means alternate), else the
    /// first link with an href that is not an enclosure; resolved against `xml:base`.
    /// Links with rel `self` point at the feed itself and are never taken.
    static func link(in elements: [XMLElementView], vocabulary: FeedVocabulary = .atom) -> String? {
        let links = elements.filter { $0.is(vocabulary, "link") && $0.attribute("href") != nil }
        let alternate = links.first { ($0.attribute("rel") ?? "alternate") == "alternate" }
        let other = links.first { !["enclosure", "self"].contains($0.attribute("rel") ?? "") }
        guard let chosen = alternate ?? other, let href = chosen.attribute("href") else { return nil }
        return chosen.resolve(href)
    }
}
