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
/// Options: see `CleanStage.Options`. Rejects: `unparseable_html`, `no_text`.
public struct CleanStage: RecordStage {
    public typealias Input = FetchedRecord
    public typealias Output = CleanedRecord

    public static let name = "clean"
    public static let outputName = "cleaned"
    public static let version = 1

    public let options: Options
    private let rules = BoilerplateRules()

    public init(options: Options) {
        self.options = options
    }

    public func process(_ input: FetchedRecord, context: StageContext) throws -> StageOutcome<CleanedRecord> {
        guard let document = HTMLDocument(html: input.html), let root = document.rootElement else {
            return .reject(.unparseableHTML, detail: "libxml2 made no document of \(input.html.utf8.count) bytes")
        }
        let scan = PageScan.scan(root, rules: rules, minWrapperShare: options.minWrapperShare)
        let (blocks, contentRoot) = mainText(under: scan.body ?? root, dropped: scan.dropped)
        guard !blocks.isEmpty else {
            return .reject(.noText, detail: "no block of main text in \(input.html.utf8.count) bytes of HTML")
        }
        let metadata = ArticleMetadata(
            scan: scan, jsonLD: JSONLDArticle(scripts: scan.jsonLD), contentRoot: contentRoot ?? scan.body,
            fetch: input.fetch)
        return .one(
            CleanedRecord(identity: input.identity, fetch: input.fetch, article: metadata.info(), blocks: blocks))
    }

    /// The article's blocks, and the `<article>` element they came from when there was one.
    func mainText(under body: HTMLNode, dropped: Set<HTMLNode>) -> (blocks: [Block], region: HTMLNode?) {
        var collector = BlockCollector(dropped: dropped, embedsIframes: options.embedIframes)
        walkDOM(from: body, visitor: &collector)
        collector.finish()
        let filter = BlockFilter(options: options)
        let kept = collector.candidates.map(filter.keeps)
        let selection = MainContentSelector(minArticleShare: options.minArticleShare)
            .select(collector.candidates, kept: kept, regions: collector.regions)
        let blocks = selection.range.filter { kept[$0] }.map { collector.candidates[$0].block }
        return (blocks, selection.region?.node)
    }
}
