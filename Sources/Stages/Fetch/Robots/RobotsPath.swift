/// Paths and patterns in one comparable form (RFC 9309 2.2.2): octets outside printable
/// ASCII percent-encoded, `%xx` uppercased, and encoded unreserved characters (letters,
/// digits, `-._~`) decoded, so `/caf%c3%a9`, `/café` and `/%63af%C3%A9` compare equal.
enum RobotsPath {
    static func normalized<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> [UInt8] {
        let input = Array(bytes)
        var output: [UInt8] = []
        output.reserveCapacity(input.count)
        var index = 0
        while index < input.count {
            let byte = input[index]
            if byte == UInt8(ascii: "%"), index + 2 < input.count,
                let high = hexValue(input[index + 1]), let low = hexValue(input[index + 2])
            {
                let decoded = high << 4 | low
                if isUnreserved(decoded) { output.append(decoded) } else { appendEncoded(decoded, to: &output) }
                index += 3
                continue
            }
            if byte <= 0x20 || byte >= 0x7F { appendEncoded(byte, to: &output) } else { output.append(byte) }
            index += 1
        }
        return output
    }

    /// `/robots.txt`, with or without a query: always fetchable (RFC 9309 2.2.2).
    static func isRobotsFile(_ path: [UInt8]) -> Bool {
        let name = Array("/robots.txt".utf8)
        return path.starts(with: name) && (path.count == name.count || path[name.count] == UInt8(ascii: "?"))
    }

    private static func appendEncoded(_ byte: UInt8, to output: inout [UInt8]) {
        let digits = Array("0123456789ABCDEF".utf8)
        output += [UInt8(ascii: "%"), digits[Int(byte >> 4)], digits[Int(byte & 0xF)]]
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    private static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
            UInt8(ascii: "~"):
            true
        default: false
        }
    }
}
