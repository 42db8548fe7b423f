/// The posts embedded in an article (a quoted tweet), from the clean stage's embed blocks,
/// with where each post's text stands in this part's text when the part holds it.
enum EmbedExtractor {
    static func embeds(from blocks: [Block], in text: ScalarText) -> [EmbeddedPost] {
        blocks.filter { $0.kind == .embed }.map { block in
            EmbeddedPost(
                provider: block.provider, author: block.author, handle: block.handle, date: block.date,
                url: block.url, span: locate(block.text, in: text))
        }
    }

    /// The first place the block's text (trimmed) appears in the part's text. The part's
    /// text is normalized, so a block whose text normalize changed is not found.
    static func locate(_ blockText: String, in text: ScalarText) -> Span? {
        let needle = Array(blockText.unicodeScalars.drop { $0.isSpace }.reversed().drop { $0.isSpace }.reversed())
        guard let first = needle.first, needle.count <= text.count else { return nil }
        var i = 0
        while i + needle.count <= text.count {
            if text[i] == first, text.scalars[i..<(i + needle.count)].elementsEqual(needle) {
                return text.span(i..<(i + needle.count))
            }
            i += 1
        }
        return nil
    }
}
