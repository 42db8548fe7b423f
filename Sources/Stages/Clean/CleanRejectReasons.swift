extension RejectReason {
    /// libxml2 made no document, or a document without any element, of the page.
    public static let unparseableHTML = RejectReason("unparseable_html")
}

extension RejectReason {
    /// The page is another format under an HTML label: JSON, a PDF, or binary data (see `PageSniffer`).
    public static let notHTML = RejectReason("not_html")
}
