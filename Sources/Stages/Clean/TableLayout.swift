/// Tells a table that lays out a page from one that holds data.
///
/// A data row becomes one paragraph, its cells joined by spaces ("1 Kyle Busch 5040"). A cell
/// that holds paragraphs, divisions, lists or tables is layout: it is a container like a
/// `div`, and a row with such a cell is one too, so a page laid out in a table keeps its
/// paragraphs apart and its short labels stay loose text.
enum TableLayout {
    static let blockTags: Set<String> = [
        "div", "p", "table", "ul", "ol", "dl", "section", "article", "form", "blockquote", "h1", "h2", "h3", "h4",
        "h5", "h6", "pre", "center",
    ]

    static func isLayoutRow(_ row: HTMLNode) -> Bool {
        var child = row.pointee.children
        while let cell = child {
            if cell.isElement, holdsBlocks(cell) { return true }
            child = cell.pointee.next
        }
        return false
    }

    /// Whether a cell has a block-level element among its children.
    static func holdsBlocks(_ cell: HTMLNode) -> Bool {
        var child = cell.pointee.children
        while let node = child {
            if node.isElement, blockTags.contains(node.tagName) { return true }
            child = node.pointee.next
        }
        return false
    }
}
