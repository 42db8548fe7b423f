/// The clean stage: turns a fetched page into its main text, in blocks, with its metadata.
///
/// Reads `html` (and `url`, `final_url`, `feed_item.published` for fallbacks) and copies
/// identity and fetch info through unchanged. Writes `title`, `published`,
/// `published_source`, `author`, `canonical_url`, `site_name`, `html_lang`, `blocks` and
/// `text` (blocks joined by blank lines); the raw HTML is dropped.
///
/// The page is parsed with libxml2; one walk gathers metadata, a second cuts the body into
/// candidate blocks while skipping boilerplate (`BoilerplateRules`), `BlockFilter` drops link
/// lists and stray labels, and `MainContentSelector` prefers the page's own `<article>`.
/// Headings above the body's first paragraph (the headline: it is `title`), captions, date
/// lines, bare URLs and what follows the body's home element are left out (`LeadHeadings`,
/// `BlockFilter`, `DateLine`, `BodyHome`). Options: see `CleanStage.Options`. Rejects:
/// `not_html` (JSON, PDF, binary data), `unparseable_html`, `no_text`.
public struct CleanStage: RecordStage {
    public typealias Input = FetchedRecord
    public typealias Output = CleanedRecord

    public static let name = "clean"
    public static let outputName = "cleaned"
    public static let version = 2

    public let options: Options
    private let rules = BoilerplateRules()

    public init(options: Options) {
        self.options = options
    }

    public func process(_ input: FetchedRecord, context: StageContext) throws -> StageOutcome<CleanedRecord> {
        if let reason = PageSniffer.notHTML(input.html) { return .reject(.notHTML, detail: reason) }
        guard let document = HTMLDocument(html: input.html), let root = document.rootElement else {
            return .reject(.unparseableHTML, detail: "libxml2 made no document of \(input.html.utf8.count) bytes")
        }
        let scan = PageScan.scan(root, rules: rules, minWrapperShare: options.minWrapperShare)
        let main = mainText(under: scan.body ?? root, scan: scan)
        guard !main.blocks.isEmpty else {
            return .reject(.noText, detail: "no block of main text in \(input.html.utf8.count) bytes of HTML")
        }
        let metadata = ArticleMetadata(
            scan: scan, jsonLD: JSONLDArticle(scripts: scan.jsonLD), contentRoot: main.region ?? scan.body,
            dateLine: main.dateLine, fetch: input.fetch)
        let article = metadata.info()
        var blocks = main.blocks
        if !options.keepLeadHeadings, blocks.count > 1, let title = article.title {
            // A block that repeats the title is the headline, wherever it is and however marked up.
            blocks.removeAll { $0.kind != .embed && $0.text == title }
            if blocks.isEmpty { blocks = main.blocks }
        }
        return .one(CleanedRecord(identity: input.identity, fetch: input.fetch, article: article, blocks: blocks))
    }

    /// The article's blocks, the `<article>` element they came from when there was one, and
    /// the date of the first date line among them.
    func mainText(under body: HTMLNode, scan: PageScan) -> (blocks: [Block], region: HTMLNode?, dateLine: String?) {
        var collector = BlockCollector(
            dropped: scan.dropped, captions: scan.captions, socialEmbeds: scan.socialEmbeds,
            embedsIframes: options.embedIframes)
        walkDOM(from: body, visitor: &collector)
        collector.finish()
        let candidates = collector.candidates
        let dateLines = candidates.map { $0.isEmbed ? nil : DateLine.date(in: $0.block.text, letters: $0.letters) }
        let filter = BlockFilter(options: options)
        let kept = candidates.indices.map { filter.keeps(candidates[$0], dateLine: dateLines[$0]) }
        let selection = MainContentSelector(minArticleShare: options.minArticleShare)
            .select(candidates, kept: kept, regions: collector.regions)
        var chosen = selection.range.filter { kept[$0] }
        if !options.keepLeadHeadings {
            let lead = LeadHeadings(minBodyChars: options.minBodyChars)
            let trimmed = lead.dropped(from: chosen, candidates: candidates)
            if !trimmed.isEmpty { chosen = trimmed }
        }
        if options.trimAfterBody {
            chosen = BodyHome(lead: LeadHeadings(minBodyChars: options.minBodyChars)).trimmed(chosen, candidates: candidates)
        }
        let dateLine = selection.range.lazy.compactMap { dateLines[$0] }.first
        return (chosen.map { candidates[$0].block }, selection.region?.node, dateLine)
    }
}
