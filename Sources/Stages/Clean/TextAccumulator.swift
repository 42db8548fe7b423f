/// Builds one block's text from the text nodes under it, in one pass over UTF-8 bytes.
///
/// Runs of whitespace (and no-break spaces) become one space, `<br>` becomes one newline, and
/// nothing leads or trails. It counts as it goes, so that no subtree's text is ever measured
/// twice: `letters` is the number of non-space scalars, `linkLetters` those inside links.
struct TextAccumulator {
    private var bytes: [UInt8] = []
    private var pendingSpace = false
    private(set) var letters = 0
    private(set) var linkLetters = 0

    var isEmpty: Bool { bytes.isEmpty }

    /// Appends a NUL-terminated UTF-8 string from libxml2.
    mutating func append(_ text: UnsafePointer<UInt8>, inLink: Bool) {
        var index = 0
        while true {
            let byte = text[index]
            if byte == 0 { return }
            if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C {
                pendingSpace = true
                index += 1
                continue
            }
            if byte == 0xC2, text[index + 1] == 0xA0 {  // U+00A0 NO-BREAK SPACE
                pendingSpace = true
                index += 2
                continue
            }
            if pendingSpace, let last = bytes.last, last != 0x0A { bytes.append(0x20) }
            pendingSpace = false
            bytes.append(byte)
            if byte & 0xC0 != 0x80 {
                letters += 1
                if inLink { linkLetters += 1 }
            }
            index += 1
        }
    }

    mutating func append(_ text: String, inLink: Bool) {
        text.withCString { chars in
            chars.withMemoryRebound(to: UInt8.self, capacity: 1) { append($0, inLink: inLink) }
        }
    }

    /// Non-space scalars in a NUL-terminated UTF-8 string, counted as `append` counts them.
    static func letters(in text: UnsafePointer<UInt8>) -> Int {
        var count = 0
        var index = 0
        while true {
            let byte = text[index]
            if byte == 0 { return count }
            index += 1
            if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C { continue }
            if byte == 0xC2, text[index] == 0xA0 {
                index += 1
                continue
            }
            if byte & 0xC0 != 0x80 { count += 1 }
        }
    }

    /// A word break without a character of its own (between table cells).
    mutating func appendSpace() {
        if !bytes.isEmpty { pendingSpace = true }
    }

    /// A `<br>`: one newline, never leading and never doubled.
    mutating func appendLineBreak() {
        pendingSpace = false
        guard let last = bytes.last, last != 0x0A else { return }
        bytes.append(0x0A)
    }

    /// The text so far with its counts, leaving the accumulator empty; nil when there is none.
    mutating func take() -> (text: String, letters: Int, linkLetters: Int)? {
        defer { self = TextAccumulator() }
        while bytes.last == 0x0A { bytes.removeLast() }
        guard !bytes.isEmpty else { return nil }
        return (String(decoding: bytes, as: UTF8.self), letters, linkLetters)
    }
}
