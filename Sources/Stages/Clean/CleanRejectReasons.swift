extension RejectReason {
    /// libxml2 made no document, or a document without any element, of the page.
    public static let unparseableHTML = RejectReason("unparseable_html")
}
