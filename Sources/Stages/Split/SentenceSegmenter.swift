/// Cuts a block into sentences: after . ! ? ؟ ؛ … ۔ (and closing quotes or brackets) when a
/// space or the end follows, and at every line break. A sentence's range has no leading or
/// trailing whitespace; together the ranges hold every non-space scalar of the block, so no
/// text is ever lost, whatever the block holds (digits, emoji, controls).
enum SentenceSegmenter {
    static func sentences(_ scalars: [UInt32]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start: Int? = nil
        var lastContent = 0
        func close() {
            if let s = start { ranges.append(s..<lastContent) }
            start = nil
        }
        var i = 0
        while i < scalars.count {
            let v = scalars[i]
            if isLineBreak(v) {
                close()
            } else if LanguageIdentifier.isSpace(v) {
                // A space ends nothing by itself.
            } else {
                if start == nil { start = i }
                lastContent = i + 1
                if isTerminator(v) {
                    var j = i + 1
                    while j < scalars.count, isTerminator(scalars[j]) || isCloser(scalars[j]) { j += 1 }
                    if j == scalars.count || LanguageIdentifier.isSpace(scalars[j]) {
                        lastContent = j
                        i = j
                        close()
                        continue
                    }
                }
            }
            i += 1
        }
        close()
        return ranges
    }

    static func isLineBreak(_ v: UInt32) -> Bool {
        v == 0x0A || v == 0x0D || v == 0x0B || v == 0x0C || v == 0x85 || v == 0x2028 || v == 0x2029
    }

    /// . ! ? ؟ ؛ … ۔ and the full-width and CJK stops.
    static func isTerminator(_ v: UInt32) -> Bool {
        v == 0x2E || v == 0x21 || v == 0x3F || v == 0x061F || v == 0x061B || v == 0x2026 || v == 0x06D4
            || v == 0x3002 || v == 0xFF01 || v == 0xFF1F
    }

    /// Closing quotes and brackets that stay with the sentence they close.
    static func isCloser(_ v: UInt32) -> Bool {
        v == 0x22 || v == 0x27 || v == 0x29 || v == 0x5D || v == 0xBB || v == 0x2019 || v == 0x201D || v == 0x203A
    }
}
