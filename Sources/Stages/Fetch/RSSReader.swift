/// Reads an RSS channel and its items (RSS 0.9x/2.0, and RSS 0.90/1.0 in RDF).
struct RSSReader {
    /// - Parameter channel: nil when the document has none (the feed then has no title or link).
    func feed(channel: XMLElementView?, items: [XMLElementView], format: ParsedFeed.Format) -> ParsedFeed {
        var feed = ParsedFeed(
            format: format, bozo: false, encoding: "utf-8", entries: items.filter { $0.is(.rss, "item") }.map(entry))
        guard let channel else { return feed }
        let fields = FeedFields(channel)
        feed.title = fields.first(.rss, "title", .dublinCore, "title").flatMap(FeedText.rss)
        feed.link = fields.first(.rss, "link")?.rawText.map(channel.resolve) ?? AtomReader.link(in: fields.children)
        feed.language =
            fields.first(.rss, "language", .dublinCore, "language")?.rawText
            .map(XMLElementView.languageTag) ?? channel.language
        return feed
    }

    func entry(_ item: XMLElementView) -> FeedEntry {
        let fields = FeedFields(item)
        var entry = FeedEntry()
        entry.title = fields.first(.rss, "title", .dublinCore, "title").flatMap(FeedText.rss)
        let guid = fields.first(.rss, "guid")
        entry.id = guid?.rawText ?? item.attribute("about")
        entry.link =
            fields.first(.rss, "link")?.rawText.map(item.resolve)
            ?? AtomReader.link(in: fields.children)
            ?? permalink(guid)
        entry.published = fields.date(.rss, "pubDate", .dublinCoreTerms, "issued")
        entry.updated = fields.date(.dublinCore, "date", .dublinCoreTerms, "modified")
        entry.content = fields.all(.content, "encoded").map {
            FeedContent(
                value: $0.rawText.map(HTMLText.plainText), type: "text/html", language: $0.language, html: $0.rawText)
        }
        entry.content += fields.all(.xhtml, "body").map {
            FeedContent(value: $0.readableText, type: "application/xhtml+xml", language: $0.language)
        }
        entry.summary =
            fields.first(.rss, "description", .dublinCore, "description").flatMap(FeedText.rss)
            ?? entry.content.lazy.compactMap(\.value).first
        entry.author = fields.first(.rss, "author", .dublinCore, "creator")?.readableText
        entry.tags = fields.all(.rss, "category").compactMap { category in
            category.readableText.map { FeedTag(term: $0, scheme: category.attribute("domain")) }
        }
        entry.tags += fields.all(.dublinCore, "subject").compactMap { $0.readableText.map { FeedTag(term: $0) } }
        entry.enclosures = fields.all(.rss, "enclosure").compactMap { enclosure in
            enclosure.attribute("url").map {
                FeedEnclosure(
                    href: enclosure.resolve($0), type: enclosure.attribute("type"),
                    length: enclosure.attribute("length"))
            }
        }
        return entry
    }

    /// A guid is the item's link unless it says `isPermaLink="false"` or is not an http(s) URL.
    private func permalink(_ guid: XMLElementView?) -> String? {
        guard let guid, guid.attribute("isPermaLink")?.lowercased() != "false", let text = guid.rawText,
            let scheme = PageLocation.scheme(of: text), scheme == "http" || scheme == "https"
        else { return nil }
        return text
    }
}
