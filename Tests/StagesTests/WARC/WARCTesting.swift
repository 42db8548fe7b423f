import Crypto
import Foundation
import XCTest

@testable import Stages

/// Exchanges and checks the WARC tests share.
enum WARCTesting {
    /// A page-like exchange; `index` makes its URL and body distinct.
    static func exchange(_ index: Int, bodyBytes: Int = 2_000) -> HTTPExchange {
        let url = URL(string: "https://news.example/articles/\(index).html?lang=ar")!
        var body = Array("<html><body><p>مقال رقم \(index)</p>".utf8)
        while body.count < bodyBytes { body += Array(" نص المقال \(index * 7 + body.count % 13)".utf8) }
        return HTTPExchange(
            targetURI: url.absoluteString,
            date: Date(timeIntervalSince1970: 1_780_000_000 + Double(index)),
            request: HTTPExchange.getRequest(for: url, headers: [HeaderField("User-Agent", "corpus-pipeline/1.0")]),
            statusLine: HTTPExchange.statusLine(for: 200),
            responseHeaders: [
                HeaderField("Content-Type", "text/html; charset=utf-8"),
                HeaderField("Content-Encoding", "gzip"),
                HeaderField("Content-Length", "123"),
                HeaderField("ETag", "\"v\(index)\""),
            ],
            body: body,
            ipAddress: "192.0.2.\(index % 250)")
    }

    /// SHA-1 in base 32, computed here with swift-crypto directly (not through WARCDigest).
    static func sha1Base32(_ bytes: [UInt8]) -> String {
        let digest = Array(Insecure.SHA1.hash(data: bytes))
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
        // 160 bits = 32 groups of 5 bits, read from a big integer of the 20 bytes.
        var out = ""
        for group in 0..<32 {
            var value = 0
            for bit in 0..<5 {
                let index = group * 5 + bit
                value = value << 1 | Int((digest[index / 8] >> (7 - UInt8(index % 8))) & 1)
            }
            out.append(alphabet[value])
        }
        return "sha1:" + out
    }

    /// The body after the blank line that ends an HTTP header.
    static func payload(of block: [UInt8]) -> [UInt8] {
        let separator: [UInt8] = [13, 10, 13, 10]
        for index in 0...(block.count - 4) where Array(block[index..<index + 4]) == separator {
            return Array(block[(index + 4)...])
        }
        return []
    }

    static func files(in directory: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
    }
}
